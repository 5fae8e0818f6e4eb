namespace Bdis.Search.Tests;

/// <summary>Waits for the change-log applier (it polls every 100 ms in tests) to make a condition true.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {seconds} s: {what}");
            }

            await Task.Delay(50);
        }
    }
}
