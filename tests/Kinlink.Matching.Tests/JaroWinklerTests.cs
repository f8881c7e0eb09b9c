namespace Kinlink.Matching.Tests;

/// <summary>The fast path for short names must give exactly what the textbook steps give.</summary>
public class JaroWinklerTests
{
    [Fact]
    public void Short_and_long_strings_give_the_textbook_value_exactly()
    {
        var random = new Random(42);
        const string letters = "aeiokvlnscrt";
        for (var n = 0; n < 5000; n++)
        {
            var a = Word(random, letters, n % 50 == 0 ? 90 : 12);
            var b = random.Next(3) == 0 ? Slip(random, a, letters) : Word(random, letters, n % 50 == 0 ? 90 : 12);

            Assert.Equal(Textbook(a, b), JaroWinkler.Similarity(a, b));
        }
    }

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.813)]
    public void Known_pairs_keep_their_published_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    private static string Word(Random random, string letters, int maxLength) =>
        new(Enumerable.Range(0, random.Next(1, maxLength)).Select(_ => letters[random.Next(letters.Length)]).ToArray());

    private static string Slip(Random random, string word, string letters)
    {
        var chars = word.ToList();
        var at = random.Next(chars.Count);
        chars[at] = letters[random.Next(letters.Length)];
        if (chars.Count > 2)
        {
            (chars[0], chars[1]) = (chars[1], chars[0]);
        }

        return new string(chars.ToArray());
    }

    private static double Textbook(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        var matchedA = new bool[a.Length];
        var matchedB = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = Math.Max(0, i - window); j <= Math.Min(b.Length - 1, i + window); j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var fromA = a.Where((_, i) => matchedA[i]).ToArray();
        var fromB = b.Where((_, j) => matchedB[j]).ToArray();
        var transpositions = fromA.Zip(fromB).Count(p => p.First != p.Second);
        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3.0;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(a.Length, b.Length)) && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * 0.1 * (1 - jaro));
    }
}
