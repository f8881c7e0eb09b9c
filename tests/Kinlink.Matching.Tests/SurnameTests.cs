using Kinlink.Matching.Names;

namespace Kinlink.Matching.Tests;

public class SurnameTests
{
    [Theory]
    [InlineData("Іванов", "Іванова", "Иванов", "Иванова", "Ivanov", "Ivanova", "IVANOVA")]
    [InlineData("Ковальський", "Ковальська", "Ковальский", "Ковальская", "Kovalskyi", "Kovalska", "Kovalskii", "Kovalskaya", "Kovalskaia", "Kovalsky")]
    [InlineData("Ковальов", "Ковалёв", "Ковалева", "Kovalov", "Kovalyov", "Kovalev")]
    [InlineData("Ільїн", "Ільїна", "Ильин", "Ильина", "Ilin", "Ilina")]
    [InlineData("Білецький", "Білецька", "Biletskyi", "Biletska")]
    [InlineData("Белецкий", "Белецкая", "Beletskii", "Beletskaya", "Beletsky")]
    [InlineData("Коваленко", "Kovalenko")]
    public void Male_and_female_forms_of_a_surname_share_a_key(params string[] forms)
    {
        Assert.Single(forms.Select(Surnames.Key).Distinct());
    }

    [Fact]
    public void Different_surnames_keep_different_keys()
    {
        Assert.NotEqual(Surnames.Key("Іванов"), Surnames.Key("Іваненко"));
        Assert.NotEqual(Surnames.Key("Петров"), Surnames.Key("Петрова-Ковальська"));
    }
}
