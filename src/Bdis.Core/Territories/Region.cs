namespace Bdis.Core.Territories;

/// <summary>A French region with its INSEE code ("93" Provence-Alpes-Côte d'Azur, "01" Guadeloupe).</summary>
public sealed record Region(string Code, string Name);
