namespace Kinlink.Matching;

/// <summary>Jaro–Winkler similarity (prefix scale 0.1, prefix up to 4), the usual measure for short name strings.</summary>
public static class JaroWinkler
{
    public static double Similarity(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        return a.Length <= 64 && b.Length <= 64 ? ShortSimilarity(a, b) : LongSimilarity(a, b);
    }

    /// <summary>The same steps as <see cref="LongSimilarity"/>, with the matched letters kept as bits: names are short, and this runs for every candidate.</summary>
    private static double ShortSimilarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        ulong matchedA = 0, matchedB = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            var letter = a[i];
            for (var j = from; j <= to; j++)
            {
                if ((matchedB & (1UL << j)) == 0 && letter == b[j])
                {
                    matchedA |= 1UL << i;
                    matchedB |= 1UL << j;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        while (matchedA != 0)
        {
            if (a[System.Numerics.BitOperations.TrailingZeroCount(matchedA)] != b[System.Numerics.BitOperations.TrailingZeroCount(matchedB)])
            {
                transpositions++;
            }

            matchedA &= matchedA - 1;
            matchedB &= matchedB - 1;
        }

        return WithPrefix(a, b, matches, transpositions);
    }

    private static double LongSimilarity(string a, string b)
    {
        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> matchedA = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
            {
                continue;
            }

            while (!matchedB[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }

        return WithPrefix(a, b, matches, transpositions);
    }

    private static double WithPrefix(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int matches, int transpositions)
    {
        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        var prefix = 0;
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
