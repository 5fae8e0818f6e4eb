using System.Diagnostics;
using Xunit;

namespace Bdis.Testing;

/// <summary>
/// The one way tests wait: for a fact (a row in <c>pg_locks</c> or <c>pg_stat_activity</c>, the index watermark, a
/// search result, a health answer), polled every 50 ms until it holds or the time is up, never for a fixed time.
/// The time limit only bounds a failure; a loaded machine makes a passing test slower, not failing.
/// </summary>
public static class Eventually
{
    /// <param name="state">What to tell on failure besides <paramref name="what"/>: the state reached, to tell a slow part from a stuck one.</param>
    public static Task TrueAsync(Func<bool> condition, string what, double seconds = 15, Func<string>? state = null) =>
        TrueAsync(() => Task.FromResult(condition()), what, seconds, state);

    /// <inheritdoc cref="TrueAsync(Func{bool}, string, double, Func{string}?)"/>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, double seconds = 15, Func<string>? state = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds)
            {
                Assert.Fail($"Not within {seconds} s: {what}" + (state is null ? string.Empty : $" ({state()})"));
            }

            await Task.Delay(50);
        }
    }
}
