using System.Buffers.Binary;

namespace Bdis.Import.Staging;

/// <summary>
/// UUIDv7 ids (RFC 9562) for the records of one import, made in order without a clock read and a random-source call
/// per record (<see cref="Guid.CreateVersion7()"/> costs both; a sampled profile of a 300,000-row import put them among
/// its largest per-row costs).
/// Layout: 48-bit Unix milliseconds, version 7, a 12-bit counter (RFC 9562 method 1: ids made within one millisecond
/// count up, and when the counter is spent the timestamp moves one millisecond ahead), variant, 62 random bits.
/// The clock is read every <see cref="ClockEvery"/> ids: an import makes them in a tight loop, so a timestamp is at
/// most a few milliseconds old. Ids only increase, so the primary key keeps growing at its right edge, and the random
/// bits keep two imports (or two processes) apart. One instance per import; not thread-safe.
/// </summary>
public sealed class RecordIds(TimeProvider clock)
{
    public const int ClockEvery = 256;
    private const int MaxCounter = 0xFFF;

    private readonly Random _random = new();
    private long _milliseconds = -1;
    private int _counter;
    private int _sinceClock = ClockEvery;

    public RecordIds()
        : this(TimeProvider.System)
    {
    }

    public Guid Next()
    {
        if (_sinceClock++ >= ClockEvery)
        {
            _sinceClock = 1;
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (now > _milliseconds)
            {
                _milliseconds = now;
                _counter = _random.Next(0, MaxCounter / 2);
                return Make();
            }
        }

        if (++_counter > MaxCounter)
        {
            _milliseconds++;
            _counter = 0;
        }

        return Make();
    }

    private Guid Make()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], _random.NextInt64());
        BinaryPrimitives.WriteUInt64BigEndian(bytes, ((ulong)_milliseconds << 16) | 0x7000UL | (uint)_counter);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
