using Bdis.Core.Territories;

namespace Bdis.Import.Parsing;

/// <summary>The commune a row designates, and whether its postcode column held that commune's INSEE code instead.</summary>
public sealed record CommuneMatch(Commune Commune, bool PostcodeWasInseeCode);
