namespace Kinlink.Matching.Tests;

public class NameSkeletonTests
{
    [Theory]
    [InlineData("Коваленко", "Kovalenko", "KOVALENKO")]
    [InlineData("Юрій", "Yurii", "Yuriy", "Iurii", "Jurij", "Юрий", "Yuri")]
    [InlineData("Сергій", "Serhii", "Sergei", "Sergey", "Serhiy", "Sergii")]
    [InlineData("Щербаков", "Shcherbakov", "Shherbakov", "Szczerbakov")]
    [InlineData("Царёв", "Tsarev", "Tcarev", "Czaryov", "Tsarëv")]
    [InlineData("Наталья", "Natalia", "Natalya", "Nataliia", "Natal’ya")]
    [InlineData("Михаил", "Mikhail", "Mixail")]
    [InlineData("Максим", "Maksim", "Maxim")]
    [InlineData("Гончаренко", "Honcharenko", "Goncharenko")]
    public void Spellings_of_one_name_share_a_skeleton(params string[] spellings)
    {
        var skeletons = spellings.Select(NameSkeleton.Of).Distinct().ToList();
        Assert.Single(skeletons);
    }

    [Theory]
    [InlineData("Коваленко", "Ковальчук")]
    [InlineData("Ivan", "Ivanna")]
    [InlineData("Петров", "Петренко")]
    public void Different_names_keep_different_skeletons(string a, string b)
    {
        Assert.NotEqual(NameSkeleton.Of(a), NameSkeleton.Of(b));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  -  ")]
    public void Nothing_gives_an_empty_skeleton(string? text)
    {
        Assert.Equal("", NameSkeleton.Of(text));
    }
}
