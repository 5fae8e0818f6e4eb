namespace Bdis.Search.Tests;

/// <summary>Waits for the change-log applier (it polls every 100 ms in tests) to make a condition true.</summary>
public static class Eventually
{
    /// <param name="state">What to tell on failure besides <paramref name="what"/>: the state reached, to tell a slow replica from a stuck one.</param>
    public static async Task TrueAsync(Func<bool> condition, string what, double seconds = 15, Func<string>? state = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {seconds} s: {what}" + (state is null ? string.Empty : $" ({state()})"));
            }

            await Task.Delay(50);
        }
    }
}
