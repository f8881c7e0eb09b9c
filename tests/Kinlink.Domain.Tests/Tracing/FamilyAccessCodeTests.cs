using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Tests.Tracing;

public class FamilyAccessCodeTests
{
    [Fact]
    public void A_new_code_has_twelve_characters_without_look_alikes_in_groups_of_three_and_differs_each_time()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => FamilyAccessCode.NewCode()).ToList();

        Assert.All(codes, code => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{3}(-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{3}){3}$", code));
        Assert.All(codes, code => Assert.DoesNotContain(code, c => c is '0' or 'O' or '1' or 'I' or 'L' or 'U'));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_stored_hash_matches_the_code_as_a_family_types_it_back_and_nothing_else()
    {
        var code = FamilyAccessCode.NewCode();
        var stored = FamilyAccessCode.Hash(code);

        Assert.StartsWith("pbkdf2-sha256$100000$", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(FamilyAccessCode.Normalise(code), stored, StringComparison.Ordinal);
        Assert.True(FamilyAccessCode.Matches(code, stored));
        Assert.True(FamilyAccessCode.Matches(" " + code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() + " ", stored));
        Assert.False(FamilyAccessCode.Matches(code[..^1] + (code[^1] == '2' ? '3' : '2'), stored));
        Assert.False(FamilyAccessCode.Matches(code[..^1], stored));
        Assert.False(FamilyAccessCode.Matches("", stored));
        Assert.False(FamilyAccessCode.Matches(null, stored));
    }

    [Fact]
    public void The_same_code_is_salted_differently_each_time_and_a_damaged_hash_matches_nothing()
    {
        var code = FamilyAccessCode.NewCode();

        Assert.NotEqual(FamilyAccessCode.Hash(code), FamilyAccessCode.Hash(code));
        Assert.False(FamilyAccessCode.Matches(code, null));
        Assert.False(FamilyAccessCode.Matches(code, ""));
        Assert.False(FamilyAccessCode.Matches(code, "sha1$1$AAAA$AAAA"));
        Assert.False(FamilyAccessCode.Matches(code, "pbkdf2-sha256$many$AAAA$AAAA"));
        Assert.False(FamilyAccessCode.Matches(code, "pbkdf2-sha256$1000$not base64!$AAAA"));
        Assert.False(FamilyAccessCode.Matches(code, "pbkdf2-sha256$1000$AAAA"));
    }
}
