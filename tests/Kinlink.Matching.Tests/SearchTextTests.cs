namespace Kinlink.Matching.Tests;

public class SearchTextTests
{
    [Theory]
    [InlineData("ШЕВЧЕНКО", "шевченко")]
    [InlineData("Shevchenko", "shevchenko")]
    [InlineData("  Іван   Петренко ", "іван петренко")]
    [InlineData("Іван\t\nПетро", "іван петро")]
    [InlineData("Іван\u00A0Петро", "іван петро")]
    [InlineData("José", "jose")]
    [InlineData("Müller", "muller")]
    [InlineData("Łukasz Wałęsa", "lukasz walesa")]
    [InlineData("Søren", "soren")]
    [InlineData("Straße", "strasse")]
    [InlineData("Dvořák", "dvorak")]
    [InlineData("Jose\u0301", "jose")]
    [InlineData("Ковалёв", "ковалев")]
    [InlineData("ЁЛКИН", "елкин")]
    [InlineData("Андрій", "андрій")]
    [InlineData("Андрии\u0306", "андрий")]
    [InlineData("Андрі\u0438\u0306", "андрій")]
    [InlineData("Марі\u0308не", "марїне")]
    [InlineData("Їжак", "їжак")]
    [InlineData("Марі\u0301я", "марія")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("Знам'янка", "знамянка")]
    [InlineData("Знам\u2019янка", "знамянка")]
    [InlineData("Знам\u02BCянка", "знамянка")]
    [InlineData("Знам`янка", "знамянка")]
    [InlineData("Знам\u00B4янка", "знамянка")]
    [InlineData("Знам\u2018янка", "знамянка")]
    [InlineData("Анна-Ярина", "анна-ярина")]
    [InlineData("Анна\u2010Ярина", "анна-ярина")]
    [InlineData("Анна\u2011Ярина", "анна-ярина")]
    [InlineData("Анна\u2012Ярина", "анна-ярина")]
    [InlineData("Анна\u2013Ярина", "анна-ярина")]
    [InlineData("Анна\u2014Ярина", "анна-ярина")]
    [InlineData("Іван ' Петро", "іван петро")]
    [InlineData("Iван\u200BПетро", "iванпетро")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_gives_one_search_form(string? text, string expected)
    {
        Assert.Equal(expected, SearchText.Fold(text));
    }

    [Theory]
    [InlineData("й", "и")]
    [InlineData("ї", "і")]
    [InlineData("і", "i")]
    public void Fold_keeps_letters_that_are_distinct_apart(string one, string other)
    {
        Assert.NotEqual(SearchText.Fold(one), SearchText.Fold(other));
    }

    [Theory]
    [InlineData("  Ковалёв  Знам’янка ")]
    [InlineData("SØREN Straße-Müller")]
    [InlineData("Андрі\u0438\u0306 O'Brien")]
    public void Fold_of_a_folded_text_changes_nothing(string text)
    {
        var once = SearchText.Fold(text);
        Assert.Equal(once, SearchText.Fold(once));
    }

    [Theory]
    [InlineData("Знам'янка", CyrillicLanguage.Unknown, "znamianka")]
    [InlineData("ЮРІЙ", CyrillicLanguage.Unknown, "yurii")]
    [InlineData("Ковалёв", CyrillicLanguage.Unknown, "kovalev")]
    [InlineData("Щукин", CyrillicLanguage.Unknown, "shchukin")]
    [InlineData("Олег", CyrillicLanguage.Ukrainian, "oleh")]
    [InlineData("Олег", CyrillicLanguage.Russian, "oleg")]
    [InlineData("  Шевченко   Тарас ", CyrillicLanguage.Ukrainian, "shevchenko taras")]
    [InlineData("José O'Brien", CyrillicLanguage.Unknown, "jose obrien")]
    [InlineData(null, CyrillicLanguage.Unknown, "")]
    public void FoldLatin_gives_the_Latin_search_form(string? text, CyrillicLanguage language, string expected)
    {
        Assert.Equal(expected, SearchText.FoldLatin(text, language));
    }

    [Fact]
    public void A_Latin_passport_spelling_meets_the_Cyrillic_record()
    {
        Assert.Equal(SearchText.Fold("ZNAMIANKA"), SearchText.FoldLatin("Знам\u2019янка"));
    }
}
