namespace Bdis.Web.Filters;

/// <summary>
/// A parameter value that could not be used: the resource key of its sentence (in Ui.resx) with its arguments, and the
/// key of what a page does about it (the API refuses the request instead).
/// </summary>
public sealed record FilterProblem(string Parameter, string MessageKey, object[] Arguments, string PageConsequenceKey = "FilterValueIgnored");
