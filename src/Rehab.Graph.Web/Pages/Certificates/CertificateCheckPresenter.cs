using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Certificates;

/// <summary>What the certificate check page shows: the form, with the code as typed and its error when it is not a code.</summary>
public sealed class CertificateCheckPresenter(CertificateCheckForm form, string? error)
{
    public string Title => "Check a completion certificate";

    public bool HasErrors => error is not null;

    public string? Error => error;

    /// <summary>The error summary: the one error, linked to the field.</summary>
    public IReadOnlyList<ErrorLink> ErrorSummary => error is null ? [] : [new ErrorLink(error, "#" + CertificateCheckForm.Field)];

    public string CodeValue => form.Code ?? string.Empty;
}
