namespace Kinlink.Matching.Tests;

// Golden words from shared/reference/transliteration.md §1 and §2 ("the same word under each system").
public class TransliterationSystemsTests
{
    public static TheoryData<string, string, string, string, string, string> RussianWords => new()
    {
        // Cyrillic, ICAO 9303, 1997 passport, GOST 52535 (2010 passport), GOST 7.79 B, BGN/PCGN
        { "Андрей", "Andrei", "Andrey", "Andrei", "Andrej", "Andrey" },
        { "Яна", "Iana", "Yana", "Iana", "Yana", "Yana" },
        { "Юлия", "Iuliia", "Yuliya", "Iuliia", "Yuliya", "Yuliya" },
        { "Подъезд", "Podieezd", "Podyezd", "Podezd", "Pod``ezd", "Pod\u201Dyezd" },
        { "Царёв", "Tsarev", "Tsarev", "Tcarev", "Czaryov", "Tsarëv" },
        { "Щукин", "Shchukin", "Shchukin", "Shchukin", "Shhukin", "Shchukin" },
        { "Наталья", "Natalia", "Natalya", "Natalia", "Natal`ya", "Natal\u2019ya" },
        { "Евгений", "Evgenii", "Evgeniy", "Evgenii", "Evgenij", "Yevgeniy" },
        { "Юрьевич", "Iurevich", "Yuryevich", "Iurevich", "Yur`evich", "Yur\u2019yevich" },
        { "Ксения", "Kseniia", "Kseniya", "Kseniia", "Kseniya", "Kseniya" },
    };

    [Theory]
    [MemberData(nameof(RussianWords))]
    public void Russian_words_follow_each_system(string cyrillic, string icao, string passport1997, string gost52535, string gost779, string bgn)
    {
        Assert.Equal(icao, Transliterator.ToLatin(cyrillic, TransliterationSystem.RussianIcao9303));
        Assert.Equal(passport1997, Transliterator.ToLatin(cyrillic, TransliterationSystem.RussianPassport1997));
        Assert.Equal(gost52535, Transliterator.ToLatin(cyrillic, TransliterationSystem.RussianGost52535));
        Assert.Equal(gost779, Transliterator.ToLatin(cyrillic, TransliterationSystem.RussianGost779B));
        Assert.Equal(bgn, Transliterator.ToLatin(cyrillic, TransliterationSystem.RussianBgnPcgn));
    }

    [Theory]
    [InlineData("Юрій", "Yurii", "Yuriy")]
    [InlineData("Андрій", "Andrii", "Andriy")]
    [InlineData("Євген", "Yevhen", "Yevhen")]
    [InlineData("Згорани", "Zghorany", "Z·horany")]
    [InlineData("Мар'їне", "Marine", "Mar'yine")]
    [InlineData("Олександр", "Oleksandr", "Oleksandr")]
    [InlineData("Щербаков", "Shcherbakov", "Shcherbakov")]
    [InlineData("Їжакевич", "Yizhakevych", "Yizhakevych")]
    public void Ukrainian_words_follow_the_national_and_the_1965_systems(string cyrillic, string national2010, string bgn1965)
    {
        Assert.Equal(national2010, Transliterator.ToLatin(cyrillic, TransliterationSystem.UkrainianNational2010));
        Assert.Equal(bgn1965, Transliterator.ToLatin(cyrillic, TransliterationSystem.UkrainianBgnPcgn1965));
    }

    [Fact]
    public void The_national_system_by_name_agrees_with_the_language_choice()
    {
        foreach (var word in new[] { "Згурський", "Знам'янка", "Короп'є", "Гаращенко", "Яготин" })
        {
            Assert.Equal(Transliterator.ToLatin(word, CyrillicLanguage.Ukrainian), Transliterator.ToLatin(word, TransliterationSystem.UkrainianNational2010));
        }
    }

    [Theory]
    [InlineData("ЦАРЁВ", TransliterationSystem.RussianGost779B, "CZARYOV")]
    [InlineData("ЮРЬЕВ", TransliterationSystem.RussianPassport1997, "YURYEV")]
    [InlineData("Latin stays", TransliterationSystem.RussianBgnPcgn, "Latin stays")]
    public void Capitals_and_Latin_text_are_kept(string text, TransliterationSystem system, string expected)
    {
        Assert.Equal(expected, Transliterator.ToLatin(text, system));
    }
}
