namespace Bdis.Import.Reports;

/// <summary>How many values the importer repaired on its own, and how many damaged ones it could only report.</summary>
public sealed class RepairCounts
{
    /// <summary>Cells of double-encoded UTF-8 (<c>MÃ©diathÃ¨que</c>) repaired exactly.</summary>
    public long DoubleEncoded { get; internal set; }

    /// <summary>Commune names replaced by the official name of the commune the postcode and the name identify.</summary>
    public long CommuneNames { get; internal set; }

    /// <summary>Postcode cells that held the commune's INSEE code, replaced by the commune's postcode from the referential.</summary>
    public long Postcodes { get; internal set; }

    /// <summary>Postcodes and INSEE codes given their lost leading zero (<c>4000</c> → <c>04000</c>).</summary>
    public long LeadingZeros { get; internal set; }

    /// <summary>Cells imported as they are with a warning: U+FFFD, or double encoding that cannot be undone exactly.</summary>
    public long Damaged { get; internal set; }
}
