namespace Bdis.Import.Reports;

/// <summary>How long one step of an import took (reading and staging, each merge statement, commit), for the benchmark's profile.</summary>
public sealed record PhaseTiming(string Name, TimeSpan Duration);
