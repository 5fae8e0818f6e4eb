namespace Bdis.Core.Themes;

/// <summary>A theme of the ESS referential: one of the ten "entrées" (no parent) or one of their sub-themes.</summary>
public sealed record Theme(string Code, string? ParentCode, string LabelFr, string LabelEn)
{
    public bool IsTopLevel => ParentCode is null;

    public string Label(bool english) => english ? LabelEn : LabelFr;
}
