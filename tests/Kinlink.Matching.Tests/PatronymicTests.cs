using Kinlink.Matching.Names;

namespace Kinlink.Matching.Tests;

// Golden pairs from shared/reference/transliteration.md §5.
public class PatronymicTests
{
    [Theory]
    [InlineData("NIKOLAI", "Миколайович", "Николаевич", "Nikolaevich", "Mykolaiovych", "Nikolayevich", "Миколаївна", "Николаевна", "Mykolaivna")]
    [InlineData("SERGEI", "Сергійович", "Сергеевич", "Serhiiovych", "Sergeevich", "Sergeyevich", "Сергіївна", "Сергеевна")]
    [InlineData("IURII", "Юрійович", "Юрьевич", "Yuriiovych", "Iurevich", "Yur’yevich", "Юріївна", "Юрьевна")]
    [InlineData("DMITRII", "Дмитрович", "Дмитриевич", "Dmytrovych", "Dmitrievich", "Dmitriyevich", "Дмитрівна")]
    [InlineData("ALEKSANDR", "Олександрович", "Александрович", "Oleksandrovych", "Aleksandrovich", "Олександрівна", "Александровна")]
    [InlineData("GRIGORII", "Григорович", "Григорьевич", "Hryhorovych", "Grigorevich", "Grigor’yevich")]
    [InlineData("IAKOV", "Якович", "Яковлевич", "Iakovlevich", "Yakovlevich", "Яківна", "Яковлевна")]
    [InlineData("ILIA", "Ілліч", "Ильич", "Il’ich", "Іллівна", "Ильинична", "Ilinichna")]
    [InlineData("PAVEL", "Павлович", "Pavlovych", "Pavlovich", "Павлівна", "Павловна")]
    [InlineData("MIKHAIL", "Михайлович", "Mykhailovych", "Mikhailovich", "Mikhaylovich")]
    [InlineData("FEDOR", "Федорович", "Фёдорович", "Fedorovych", "Fedorovich")]
    [InlineData("EVGENII", "Євгенович", "Евгеньевич", "Yevhenovych", "Evgenevich", "Yevgen’yevich")]
    [InlineData("VASILII", "Васильович", "Васильевич", "Vasylovych", "Vasilevich", "Vasil’yevich", "Василівна")]
    public void A_patronymic_in_any_language_and_script_names_the_father_s_class(string code, params string[] patronymics)
    {
        foreach (var patronymic in patronymics)
        {
            Assert.True(Patronymics.FatherOf(patronymic)?.Code == code, $"{patronymic} should give {code}, gave {Patronymics.FatherOf(patronymic)?.Code ?? "nothing"}");
        }
    }

    [Fact]
    public void Every_generated_form_of_every_father_s_name_comes_back_to_it()
    {
        foreach (var row in GivenNames.Rows.Where(r => r.Class.Sex == 'm'))
        {
            foreach (var form in Patronymics.FormsOf(row))
            {
                Assert.Equal(row.Class.Code, Patronymics.FatherOf(form)?.Code);
            }
        }
    }

    [Theory]
    [InlineData("Коваленко")]
    [InlineData("Олександр")]
    [InlineData("")]
    public void What_is_not_a_patronymic_has_no_father(string text)
    {
        Assert.Null(Patronymics.FatherOf(text));
    }
}
