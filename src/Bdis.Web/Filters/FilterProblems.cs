using System.Globalization;
using System.Resources;
using Bdis.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bdis.Web.Filters;

/// <summary>
/// The problems met while reading one request's parameters. The API answers them all in one 400 (problem details
/// keyed by parameter, French sentences); a page shows each sentence and goes on without the value.
/// </summary>
public sealed class FilterProblems
{
    private static readonly ResourceManager Texts = new(typeof(Ui).FullName!, typeof(Ui).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private readonly List<FilterProblem> _items = [];

    public bool Any => _items.Count > 0;

    public IReadOnlyList<FilterProblem> Items => _items;

    public void Add(string parameter, string messageKey, params object[] arguments) =>
        _items.Add(new FilterProblem(parameter, messageKey, arguments));

    public void Add(FilterProblem problem) => _items.Add(problem);

    public bool Has(string parameter) => _items.Exists(p => p.Parameter == parameter);

    public int RemoveAll(string parameter, string messageKey) =>
        _items.RemoveAll(p => p.Parameter == parameter && p.MessageKey == messageKey);

    public ValidationProblem ToValidationProblem() => TypedResults.ValidationProblem(
        _items.GroupBy(p => p.Parameter, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(InFrench).ToArray()),
        title: "Paramètres de requête invalides",
        detail: "Un ou plusieurs paramètres ne peuvent pas être utilisés ; chacun est expliqué dans « errors ».");

    /// <summary>The API speaks French, whatever the client's language.</summary>
    public static string InFrench(FilterProblem problem) =>
        string.Format(French, Texts.GetString(problem.MessageKey, French) ?? problem.MessageKey, problem.Arguments);
}
