namespace Kinlink.Matching.Tests;

// Golden pairs from the KMU 2010 tables in shared/reference/transliteration.md §1 and §4–§5.
public class TransliteratorUkrainianTests
{
    [Theory]
    [InlineData("Алушта", "Alushta")]
    [InlineData("Борщагівка", "Borshchahivka")]
    [InlineData("Борисенко", "Borysenko")]
    [InlineData("Вінниця", "Vinnytsia")]
    [InlineData("Володимир", "Volodymyr")]
    [InlineData("Гадяч", "Hadiach")]
    [InlineData("Богдан", "Bohdan")]
    [InlineData("Згурський", "Zghurskyi")]
    [InlineData("Згорани", "Zghorany")]
    [InlineData("Розгон", "Rozghon")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Ґорґани", "Gorgany")]
    [InlineData("Донецьк", "Donetsk")]
    [InlineData("Дмитро", "Dmytro")]
    [InlineData("Рівне", "Rivne")]
    [InlineData("Олег", "Oleh")]
    [InlineData("Есмань", "Esman")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Гаєвич", "Haievych")]
    [InlineData("Короп'є", "Koropie")]
    [InlineData("Житомир", "Zhytomyr")]
    [InlineData("Жанна", "Zhanna")]
    [InlineData("Жежелів", "Zhezheliv")]
    [InlineData("Закарпаття", "Zakarpattia")]
    [InlineData("Казимирчук", "Kazymyrchuk")]
    [InlineData("Медвин", "Medvyn")]
    [InlineData("Михайленко", "Mykhailenko")]
    [InlineData("Іванків", "Ivankiv")]
    [InlineData("Іващенко", "Ivashchenko")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Кадиївка", "Kadyivka")]
    [InlineData("Мар'їне", "Marine")]
    [InlineData("Йосипівка", "Yosypivka")]
    [InlineData("Стрий", "Stryi")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Кий", "Kyi")]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Коваленко", "Kovalenko")]
    [InlineData("Лебедин", "Lebedyn")]
    [InlineData("Леонід", "Leonid")]
    [InlineData("Миколаїв", "Mykolaiv")]
    [InlineData("Маринич", "Marynych")]
    [InlineData("Ніжин", "Nizhyn")]
    [InlineData("Наталія", "Nataliia")]
    [InlineData("Одеса", "Odesa")]
    [InlineData("Онищенко", "Onyshchenko")]
    [InlineData("Полтава", "Poltava")]
    [InlineData("Петро", "Petro")]
    [InlineData("Решетилівка", "Reshetylivka")]
    [InlineData("Рибчинський", "Rybchynskyi")]
    [InlineData("Суми", "Sumy")]
    [InlineData("Соломія", "Solomiia")]
    [InlineData("Тернопіль", "Ternopil")]
    [InlineData("Троць", "Trots")]
    [InlineData("Ужгород", "Uzhhorod")]
    [InlineData("Уляна", "Uliana")]
    [InlineData("Фастів", "Fastiv")]
    [InlineData("Філіпчук", "Filipchuk")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Христина", "Khrystyna")]
    [InlineData("Біла Церква", "Bila Tserkva")]
    [InlineData("Стеценко", "Stetsenko")]
    [InlineData("Чернівці", "Chernivtsi")]
    [InlineData("Шевченко", "Shevchenko")]
    [InlineData("Шостка", "Shostka")]
    [InlineData("Кишеньки", "Kyshenky")]
    [InlineData("Щербухи", "Shcherbukhy")]
    [InlineData("Гоща", "Hoshcha")]
    [InlineData("Гаращенко", "Harashchenko")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Корюківка", "Koriukivka")]
    [InlineData("Яготин", "Yahotyn")]
    [InlineData("Ярошенко", "Yaroshenko")]
    [InlineData("Костянтин", "Kostiantyn")]
    [InlineData("Знам'янка", "Znamianka")]
    [InlineData("Феодосія", "Feodosiia")]
    [InlineData("Анна-Ярина", "Anna-Yaryna")]
    [InlineData("Олександр", "Oleksandr")]
    [InlineData("Гаврилюк", "Havryliuk")]
    public void Resolution_examples_follow_the_national_system(string cyrillic, string expected)
    {
        Assert.Equal(expected, Transliterator.ToLatin(cyrillic, CyrillicLanguage.Ukrainian));
    }

    [Theory]
    [InlineData("Сергій", "Serhii")]
    [InlineData("Андрій", "Andrii")]
    [InlineData("Євген", "Yevhen")]
    [InlineData("Григорій", "Hryhorii")]
    [InlineData("Ілля", "Illia")]
    [InlineData("В'ячеслав", "Viacheslav")]
    [InlineData("Тетяна", "Tetiana")]
    [InlineData("Людмила", "Liudmyla")]
    [InlineData("Юлія", "Yuliia")]
    [InlineData("Євгенія", "Yevheniia")]
    [InlineData("Сергійович", "Serhiiovych")]
    [InlineData("Юріївна", "Yuriivna")]
    [InlineData("Миколайович", "Mykolaiovych")]
    [InlineData("Костянтинівна", "Kostiantynivna")]
    public void Given_names_and_patronymics_match_the_reference_table(string cyrillic, string expected)
    {
        Assert.Equal(expected, Transliterator.ToLatin(cyrillic, CyrillicLanguage.Ukrainian));
    }

    [Theory]
    [InlineData("Знам'янка")]
    [InlineData("Знам\u2019янка")]
    [InlineData("Знам\u02BCянка")]
    [InlineData("Знам`янка")]
    public void Every_apostrophe_form_is_dropped_without_starting_a_word(string cyrillic)
    {
        Assert.Equal("Znamianka", Transliterator.ToLatin(cyrillic, CyrillicLanguage.Ukrainian));
    }

    [Theory]
    [InlineData("ЩЕРБУХИ", "SHCHERBUKHY")]
    [InlineData("ЖАННА", "ZHANNA")]
    [InlineData("ЄВГЕН", "YEVHEN")]
    [InlineData("ЗГОРАНИ", "ZGHORANY")]
    [InlineData("ЗНАМ'ЯНКА", "ZNAMIANKA")]
    [InlineData("ЮРІЙ", "YURII")]
    [InlineData("ШЕВЧЕНКО Ж. П.", "SHEVCHENKO ZH. P.")]
    [InlineData("Щ", "Shch")]
    [InlineData("Ж. Іванов", "Zh. Ivanov")]
    [InlineData("Шевченко Тарас Григорович", "Shevchenko Taras Hryhorovych")]
    [InlineData("Анна-ЯРИНА", "Anna-YARYNA")]
    public void Capitals_follow_the_word_they_stand_in(string cyrillic, string expected)
    {
        Assert.Equal(expected, Transliterator.ToLatin(cyrillic, CyrillicLanguage.Ukrainian));
    }

    [Fact]
    public void Decomposed_short_i_reads_as_the_letter_it_renders()
    {
        Assert.Equal("Yosypivka", Transliterator.ToLatin("И\u0306осипівка", CyrillicLanguage.Ukrainian));
    }

    [Fact]
    public void A_stress_mark_does_not_split_the_word()
    {
        Assert.Equal("Mariia", Transliterator.ToLatin("Марі\u0301я", CyrillicLanguage.Ukrainian));
    }

    [Fact]
    public void A_stray_Latin_letter_in_a_Cyrillic_word_is_kept()
    {
        Assert.Equal("Ivan", Transliterator.ToLatin("Iван", CyrillicLanguage.Ukrainian));
    }
}
