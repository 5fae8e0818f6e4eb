using Bdis.Core.Reference;
using Lucene.Net.Documents;

namespace Bdis.Search.Indexing;

/// <summary>Maps an initiative to its Lucene document.</summary>
public sealed class InitiativeDocuments(Referentials referentials)
{
    /// <summary>Coordinates as trie-encoded 32-bit numbers for range queries: precision step 8 (4 terms per value).</summary>
    public const int CoordinatePrecisionStep = 8;

    /// <summary>
    /// Range fields hold degrees × 10^7 as 32-bit integers (±180° fits; 1 cm steps): half the terms of a 64-bit
    /// double for each coordinate of each record. Rounding is monotonic, so a box never loses a record inside it; it
    /// may take one within 5 mm outside its edge.
    /// </summary>
    public static int ToRangeValue(double degrees) => (int)Math.Round(Math.Clamp(degrees, -180.0, 180.0) * 1e7);

    /// <summary>A new document for one initiative (for a few documents; a bulk build uses <see cref="CreateTemplate"/>).</summary>
    public Document Create(IndexedInitiative i) => CreateTemplate().Fill(i);

    /// <summary>Reusable fields for one indexing thread: see <see cref="DocumentTemplate"/>.</summary>
    public DocumentTemplate CreateTemplate() => new(referentials);
}
