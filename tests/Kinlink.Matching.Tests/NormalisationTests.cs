namespace Kinlink.Matching.Tests;

public class NormalisationTests
{
    [Theory]
    [InlineData("Koвaлeнкo", "Коваленко")]
    [InlineData("Ivanоv", "Ivanov")]
    [InlineData("ШEВЧEНКO", "ШЕВЧЕНКО")]
    [InlineData("Олена Ivanova", "Олена Ivanova")]
    public void Look_alike_letters_are_brought_into_the_word_s_script(string mixed, string repaired)
    {
        Assert.Equal(repaired, MixedScript.Repair(mixed));
    }

    [Theory]
    [InlineData("Jktrcfylh", "Олександр")]
    [InlineData("Rjdfktyrj", "Коваленко")]
    [InlineData("Itdxtyrj", "Шевченко")]
    public void Latin_keys_typed_for_a_Cyrillic_name_are_read_back(string typed, string meant)
    {
        Assert.True(KeyboardLayout.LooksMistyped(typed));
        Assert.Equal(meant, KeyboardLayout.LatinKeysToCyrillic(typed, CyrillicLanguage.Russian));
    }

    [Fact]
    public void Cyrillic_keys_typed_for_a_Latin_name_are_read_back()
    {
        Assert.True(KeyboardLayout.LooksMistyped("Лщмфдутлщ"));
        Assert.Equal("Kovalenko", KeyboardLayout.CyrillicKeysToLatin("Лщмфдутлщ"));
    }

    [Theory]
    [InlineData("Kovalenko")]
    [InlineData("Shcherbakov")]
    [InlineData("Коваленко")]
    [InlineData("Ли")]
    public void Ordinary_names_are_not_taken_for_the_wrong_layout(string name)
    {
        Assert.False(KeyboardLayout.LooksMistyped(name));
    }

    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("abc", "xyz", 0)]
    public void Jaro_winkler_gives_the_textbook_values(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);
    }
}
