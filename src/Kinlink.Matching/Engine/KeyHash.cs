using System.Buffers.Binary;
using System.Numerics;

namespace Kinlink.Matching.Engine;

/// <summary>
/// XXH64 (seed 0) of a byte string, written from the algorithm's published description so that the library needs
/// nothing beyond the base class library. Stored key hashes depend on it: it must give exactly what every other
/// XXH64 gives (<c>CandidateKeyHashTests</c> checks it against System.IO.Hashing on thousands of inputs).
/// </summary>
internal static class KeyHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    public static ulong XxHash64(ReadOnlySpan<byte> data)
    {
        unchecked
        {
            var rest = data;
            ulong hash;
            if (rest.Length >= 32)
            {
                var v1 = Prime1 + Prime2;
                var v2 = Prime2;
                var v3 = 0UL;
                var v4 = 0UL - Prime1;
                while (rest.Length >= 32)
                {
                    v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(rest));
                    v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(rest[8..]));
                    v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(rest[16..]));
                    v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(rest[24..]));
                    rest = rest[32..];
                }

                hash = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
                hash = MergeRound(hash, v1);
                hash = MergeRound(hash, v2);
                hash = MergeRound(hash, v3);
                hash = MergeRound(hash, v4);
            }
            else
            {
                hash = Prime5;
            }

            hash += (ulong)data.Length;
            while (rest.Length >= 8)
            {
                hash ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(rest));
                hash = (BitOperations.RotateLeft(hash, 27) * Prime1) + Prime4;
                rest = rest[8..];
            }

            if (rest.Length >= 4)
            {
                hash ^= BinaryPrimitives.ReadUInt32LittleEndian(rest) * Prime1;
                hash = (BitOperations.RotateLeft(hash, 23) * Prime2) + Prime3;
                rest = rest[4..];
            }

            foreach (var b in rest)
            {
                hash ^= b * Prime5;
                hash = BitOperations.RotateLeft(hash, 11) * Prime1;
            }

            hash ^= hash >> 33;
            hash *= Prime2;
            hash ^= hash >> 29;
            hash *= Prime3;
            hash ^= hash >> 32;
            return hash;
        }
    }

    private static ulong Round(ulong accumulator, ulong lane)
    {
        unchecked
        {
            accumulator += lane * Prime2;
            return BitOperations.RotateLeft(accumulator, 31) * Prime1;
        }
    }

    private static ulong MergeRound(ulong hash, ulong accumulator)
    {
        unchecked
        {
            hash ^= Round(0, accumulator);
            return (hash * Prime1) + Prime4;
        }
    }
}
