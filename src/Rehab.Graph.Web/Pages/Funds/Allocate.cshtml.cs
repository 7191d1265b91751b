using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Admin;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Pages.Funds;

/// <summary>
/// An admin allocates money to a person's fund (<c>WomensServices</c> for the "Held by" choices, then <c>AllocateFund</c>),
/// and reads the fund after (<c>AdminFund</c>, with <c>?person=ID</c>). A refusal is the form again with the error beside
/// its field (400; 409 when the hub's rules refuse it, said in words from the fund as it is).
/// </summary>
[RequiresRole(WebRole.Admin)]
public sealed class AllocateModel(IRehabGraphClient hub) : PageModel
{
    public AllocatePresenter Presenter { get; private set; } = null!;

    [BindProperty]
    public AllocateForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string? person, bool allocated, CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        Form.Person = person;
        return await ShowAsync(new FieldErrors(), allocated, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        AdminPages.NoStore(Response);
        var services = await WomensServicesAsync(cancellationToken);
        var (input, errors) = Form.Validate(services.Select(s => s.Id).ToList());
        var status = StatusCodes.Status400BadRequest;
        if (input is not null)
        {
            try
            {
                await hub.AllocateFundAsync(new AllocateFundVariables { Input = input }, cancellationToken);
                return Redirect($"{FundPaths.Admin}?person={Uri.EscapeDataString(input.PersonId)}&allocated=true");
            }
            catch (RehabGraphNotFoundException missing)
            {
                errors.Add(AllocateForm.FieldOf(missing.Errors[0].Field),
                    missing.Errors[0].Field == "input.holderOrganisationId" ? "Choose a women's service from the list" : $"There is no person with the id {input.PersonId}");
            }
            catch (RehabGraphBadUserInputException refused)
            {
                errors.Add(AllocateForm.FieldOf(refused.Field), refused.Errors[0].Message);
            }
            catch (RehabGraphConflictException)
            {
                var (field, message) = AllocatePresenter.Refusal(input, await FundAsync(input.PersonId, cancellationToken), services);
                errors.Add(field, message);
                status = StatusCodes.Status409Conflict;
            }
        }

        return await ShowAsync(errors, false, status, cancellationToken, services);
    }

    private async Task<IActionResult> ShowAsync(FieldErrors errors, bool allocated, int status, CancellationToken cancellationToken, IReadOnlyList<WomensService>? services = null)
    {
        services ??= await WomensServicesAsync(cancellationToken);
        var person = Form.PersonId is { } id && PersonalPageModel.IsId(id) ? id : null;
        var fund = person is not null && !errors.Any ? await FundAsync(person, cancellationToken) : null;
        Presenter = new AllocatePresenter(Form, services, person, fund, errors, allocated);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IReadOnlyList<WomensService>> WomensServicesAsync(CancellationToken cancellationToken) =>
        (await hub.WomensServicesAsync(cancellationToken)).Organisations.Nodes.Select(o => new WomensService(o.Id, o.Name)).ToList();

    private async Task<FundView?> FundAsync(string personId, CancellationToken cancellationToken)
    {
        try
        {
            return FundViews.From((await hub.AdminFundAsync(new AdminFundVariables { PersonId = personId }, cancellationToken)).Fund);
        }
        catch (Exception e) when (e is RehabGraphNotFoundException or RehabGraphBadUserInputException)
        {
            return null;
        }
    }
}

/// <summary>A women's service that may hold a woman's fund.</summary>
public sealed record WomensService(string Id, string Name);

/// <summary>
/// What the admin's fund page shows: the allocation form as filled in with errors beside it, and, for the person named,
/// their fund as it stands (holder, balance, statement) or that they have none yet.
/// </summary>
public sealed class AllocatePresenter(AllocateForm form, IReadOnlyList<WomensService> services, string? personId, FundView? fund, FieldErrors errors, bool allocated)
{
    /// <summary>The most a fund may hold, in pence (£50,000).</summary>
    public const int MaxBalancePence = 5_000_000;

    public const string Title = "Allocate money to a person's fund";

    public bool HasErrors => errors.Any;

    public IReadOnlyList<Shared.ErrorLink> ErrorSummary => errors.Summary(AllocateForm.Fields.InPageOrder);

    public string? Banner => allocated && personId is not null ? $"Money allocated to {personId}'s fund" : null;

    public FieldView Person => new(AllocateForm.Fields.Person, "Person id", form.Person, errors.For(AllocateForm.Fields.Person), "For example, per-0001", Width: "govuk-input--width-10");

    public FieldView Amount => new(AllocateForm.Fields.Amount, "Amount, in pounds", form.Amount, errors.For(AllocateForm.Fields.Amount),
        $"For example 150.00. At most {FundMoney.Pounds(FundMoney.MaxEntryPence)} at a time.", Width: "govuk-input--width-10", InputMode: "decimal");

    public FieldView Description => new(AllocateForm.Fields.Description, "What is it for? (optional)", form.Description, errors.For(AllocateForm.Fields.Description),
        $"For example: Personal budget for the order. Up to {FundMoney.DescriptionMaxLength} characters.");

    public FieldView Holder => new(AllocateForm.Fields.Holder, "Held by a women's service (optional)", null, errors.For(AllocateForm.Fields.Holder),
        "Only for a woman the service supports, with the first allocation. Otherwise their offender manager holds it.",
        Options: [new Shared.Option("", "Their offender manager", string.IsNullOrEmpty(form.Holder)), .. services.Select(s => new Shared.Option(s.Id, s.Name, s.Id == form.Holder))]);

    /// <summary>The fund shown under the form: for a person named and no errors.</summary>
    public bool ShowsFund => personId is not null && !errors.Any;

    public string FundHeading => $"{personId}'s fund";

    public bool HasFund => fund is not null;

    public string NoFund => $"No money has been allocated to {personId}'s fund yet.";

    public string FundHolder => fund is null ? "" : services.FirstOrDefault(s => s.Id == fund.Holder)?.Name ?? $"Their offender manager ({fund.Holder})";

    public string Balance => FundMoney.Pounds(fund?.BalancePence ?? 0);

    public StatementView Statement => new(fund is null ? [] : Funds.Statement.Rows(fund, null, by => by, _ => null),
        "Statement, oldest first", null, ShowApprovedBy: true, ShowRefunds: false);

    /// <summary>The hub's CONFLICT on an allocation in words, from the fund as it is now, beside the field to change.</summary>
    public static (string Field, string Message) Refusal(AllocateFundInput input, FundView? fund, IReadOnlyList<WomensService> services)
    {
        if (fund is null)
        {
            return (AllocateForm.Fields.Holder, "They have no offender manager to hold their fund. Choose the women's service that holds it, or give them an offender manager first");
        }

        if (input.HolderOrganisationId is { } named && named != fund.Holder)
        {
            var holder = services.FirstOrDefault(s => s.Id == fund.Holder)?.Name ?? "their offender manager";
            return (AllocateForm.Fields.Holder, $"Their fund is already held by {holder}. Choose \"Their offender manager\" here to add to it");
        }

        var room = Math.Max(0, MaxBalancePence - fund.BalancePence);
        return (AllocateForm.Fields.Amount, room == 0
            ? $"The fund holds {FundMoney.Pounds(fund.BalancePence)}, the most a fund may hold"
            : $"The fund holds {FundMoney.Pounds(fund.BalancePence)} and may hold at most {FundMoney.Pounds(MaxBalancePence)}. Enter {FundMoney.Pounds(room)} or less");
    }
}
