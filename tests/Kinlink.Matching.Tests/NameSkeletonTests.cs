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
    [InlineData("Кшевич", "Kshevych", "KSHEVICH")]
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

    [Fact]
    public void K_before_sh_stays_a_k_so_a_slip_next_to_it_costs_one_letter()
    {
        // Read as кс + г, Кшоекук would share nothing with KOSHEKUK but its ending.
        Assert.Equal("kwoekuk", NameSkeleton.Of("Кшоекук"));
        Assert.Equal("kowekuk", NameSkeleton.Of("KOSHEKUK"));
        Assert.Equal("xenia", NameSkeleton.Of("Ksenia"));
    }

    [Theory]
    [InlineData("kopakok", "kpk")]
    [InlineData("lisenko", "lsnk")]
    [InlineData("oleinik", "lnk")]
    public void Consonants_drop_the_vowels_and_collapse_what_meets(string skeleton, string consonants)
    {
        Assert.Equal(consonants, NameSkeleton.Consonants(skeleton));
    }
}
