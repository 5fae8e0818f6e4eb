using System.Xml;

namespace Bdis.Import.Reading.Spreadsheets;

/// <summary>Reader settings for a workbook's XML: no DTD, no entity, no external resource, comments and processing instructions skipped.</summary>
internal static class SafeXml
{
    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    /// <summary>Moves past the content of the element the reader is on and stops on its end tag (on the element itself when empty), so that the caller's next Read goes on.</summary>
    public static string? SkipToEnd(XmlReader reader)
    {
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
            }
        }

        return null;
    }

    /// <summary>The sentence for XML that cannot be read: malformed, cut short (a part larger than its zip entry declares), or holding a DTD.</summary>
    public static ImportFileException Invalid(XmlException e) => new(
        $"Le classeur est illisible : son XML est invalide à la ligne {e.LineNumber}, position {e.LinePosition} (contenu tronqué, mal formé, ou une DTD, refusée). Enregistrez-le de nouveau depuis le tableur, ou au format CSV.",
        e);
}
