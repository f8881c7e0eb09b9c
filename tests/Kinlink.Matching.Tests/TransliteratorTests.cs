namespace Kinlink.Matching.Tests;

public class TransliteratorTests
{
    [Theory]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Мар'їне", "Marine")]
    [InlineData("В'ячеслав", "Viacheslav")]
    [InlineData("Юрий", "Iurii")]
    [InlineData("Ковалёв", "Kovalev")]
    [InlineData("Подъезд", "Podieezd")]
    [InlineData("Олег", "Oleg")]
    [InlineData("Згорани", "Zgorani")]
    [InlineData("Іван Фёдорович", "Ivan Fedorovych")]
    public void Without_a_language_the_letters_choose_the_table(string cyrillic, string expected)
    {
        Assert.Equal(expected, Transliterator.ToLatin(cyrillic));
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("José Müller")]
    [InlineData("Zhanna  Shevchenko")]
    [InlineData("123-45")]
    public void Latin_text_is_returned_as_entered(string latin)
    {
        Assert.Same(latin, Transliterator.ToLatin(latin));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_text_gives_an_empty_string(string? text)
    {
        Assert.Equal(string.Empty, Transliterator.ToLatin(text));
    }

    [Fact]
    public void Latin_parts_of_a_mixed_line_are_kept()
    {
        Assert.Equal("Ivan O'Brien", Transliterator.ToLatin("Іван O'Brien"));
    }

    [Fact]
    public void Letters_outside_both_alphabets_are_left_visible()
    {
        Assert.Equal("Ўsevalad", Transliterator.ToLatin("Ўсевалад", CyrillicLanguage.Russian));
    }
}
