using System.Buffers.Binary;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// Replaces the ids the domain draws (time-ordered random Guids) with ids that follow from the seed and the row's
/// place in the data set, so the same seed and size give the same rows. Each id the seed creates is registered in
/// creation order; a row that carries an id nobody registered is refused rather than written with a random one.
/// </summary>
internal sealed class SeedIds(SeedIds? shared, int seed, long block)
{
    // An arbitrary fixed instant as the ids' time part: 2022-02-24 00:00 UTC, advanced by one millisecond per block.
    private const long FirstMillisecond = 1_645_660_800_000;

    private readonly Dictionary<Guid, Guid> _ids = [];
    private int _next;

    public Guid Register(Guid drawn)
    {
        var id = Make(_next++);
        _ids.Add(drawn, id);
        return id;
    }

    public Guid Map(Guid drawn) =>
        _ids.TryGetValue(drawn, out var id) ? id
        : shared is not null ? shared.Map(drawn)
        : throw new InvalidOperationException($"The seed wrote an id it did not create ({drawn}).");

    private Guid Make(int ordinal)
    {
        // Shaped as version 7 (time, then counter): rows inserted in order land at the end of their id indexes.
        Span<byte> bytes = stackalloc byte[16];
        var millisecond = FirstMillisecond + block;
        bytes[0] = (byte)(millisecond >> 40);
        bytes[1] = (byte)(millisecond >> 32);
        bytes[2] = (byte)(millisecond >> 24);
        bytes[3] = (byte)(millisecond >> 16);
        bytes[4] = (byte)(millisecond >> 8);
        bytes[5] = (byte)millisecond;
        BinaryPrimitives.WriteUInt16BigEndian(bytes[6..], (ushort)(0x7000 | ((ordinal >> 16) & 0x0fff)));
        BinaryPrimitives.WriteUInt16BigEndian(bytes[8..], (ushort)(0x8000 | (ordinal & 0xffff) >> 2));
        BinaryPrimitives.WriteUInt16BigEndian(bytes[10..], (ushort)(ordinal & 0x3));
        BinaryPrimitives.WriteInt32BigEndian(bytes[12..], seed);
        return new Guid(bytes, bigEndian: true);
    }
}
