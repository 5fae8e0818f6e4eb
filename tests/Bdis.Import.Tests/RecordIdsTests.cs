using Bdis.Import.Staging;

namespace Bdis.Import.Tests;

/// <summary>The import's own UUIDv7 ids: well formed, always increasing (the primary key grows at its right edge), unique.</summary>
public sealed class RecordIdsTests
{
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static long Milliseconds(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return (long)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 16);
    }

    [Fact]
    public void Ids_are_version_7_increasing_unique_and_carry_the_time()
    {
        var clock = new StoppedClock(Noon);
        var ids = new RecordIds(clock);
        var made = new List<Guid>();
        for (var i = 0; i < 100_000; i++)
        {
            if (i % 1_000 == 0)
            {
                clock.Now = Noon.AddMilliseconds(i / 1_000);
            }

            made.Add(ids.Next());
        }

        Assert.All(made, id => Assert.Equal(7, id.Version));
        Assert.All(made, id => Assert.Equal(0b10, id.Variant >> 2));
        for (var i = 1; i < made.Count; i++)
        {
            // PostgreSQL orders uuids by their bytes in big-endian order, which is Guid's order for version 7 ids.
            Assert.True(made[i - 1].CompareTo(made[i]) < 0, $"id {i} does not follow id {i - 1}");
        }

        Assert.Equal(made.Count, made.Distinct().Count());
        Assert.Equal(Noon.ToUnixTimeMilliseconds(), Milliseconds(made[0]));
        // The clock is read every RecordIds.ClockEvery ids: the last id's time is at most that many ids old.
        Assert.InRange(Milliseconds(made[^1]), Noon.AddMilliseconds(99).ToUnixTimeMilliseconds() - 1, Noon.AddMilliseconds(99).ToUnixTimeMilliseconds() + 1);
    }

    [Fact]
    public void More_ids_than_the_counter_holds_within_one_millisecond_move_the_time_ahead_and_stay_in_order()
    {
        var ids = new RecordIds(new StoppedClock(Noon));
        var previous = ids.Next();
        for (var i = 0; i < 20_000; i++)
        {
            var next = ids.Next();
            Assert.True(previous.CompareTo(next) < 0);
            previous = next;
        }

        Assert.InRange(Milliseconds(previous) - Noon.ToUnixTimeMilliseconds(), 4, 10);
    }

    [Fact]
    public void A_clock_that_goes_back_does_not_make_ids_go_back()
    {
        var clock = new StoppedClock(Noon);
        var ids = new RecordIds(clock);
        var before = ids.Next();
        clock.Now = Noon.AddSeconds(-5);
        for (var i = 0; i < 2 * RecordIds.ClockEvery; i++)
        {
            var next = ids.Next();
            Assert.True(before.CompareTo(next) < 0);
            before = next;
        }
    }

    [Fact]
    public void Two_imports_in_the_same_millisecond_make_different_ids()
    {
        var one = new RecordIds(new StoppedClock(Noon));
        var two = new RecordIds(new StoppedClock(Noon));
        var first = Enumerable.Range(0, 10_000).Select(_ => one.Next()).ToHashSet();
        Assert.DoesNotContain(Enumerable.Range(0, 10_000).Select(_ => two.Next()), first.Contains);
    }
}
