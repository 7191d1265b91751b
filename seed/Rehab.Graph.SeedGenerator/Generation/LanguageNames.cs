namespace Rehab.Graph.SeedGenerator;

/// <summary>The English names of the languages the regions speak, for text such as "Speaks Polish as well as English".</summary>
public static class LanguageNames
{
    public static string Of(string code) => code switch
    {
        "en" => "English",
        "pl" => "Polish",
        "ro" => "Romanian",
        "ku" => "Kurdish",
        "ar" => "Arabic",
        "ur" => "Urdu",
        "pa" => "Punjabi",
        "bn" => "Bengali",
        "gu" => "Gujarati",
        "so" => "Somali",
        "sk" => "Slovak",
        "cs" => "Czech",
        "lt" => "Lithuanian",
        "lv" => "Latvian",
        "pt" => "Portuguese",
        "fa" => "Farsi",
        "ti" => "Tigrinya",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a language of any region."),
    };
}
