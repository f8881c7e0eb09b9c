using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Tests.Tracing;

public class EnquiryReferenceTests
{
    [Fact]
    public void A_new_reference_has_its_own_prefix_and_parses_back()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 200; i++)
        {
            var reference = EnquiryReference.NewRandom();
            Assert.Matches("^ENQ-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", reference.Value);
            Assert.Equal(reference, EnquiryReference.Parse(reference.Value));
            seen.Add(reference.Value);
        }

        // Random, not sequential: 200 draws from 32^7 bodies do not repeat.
        Assert.Equal(200, seen.Count);
    }

    [Fact]
    public void Reads_a_reference_as_a_family_might_type_it()
    {
        var reference = EnquiryReference.NewRandom();
        var sloppy = "  " + reference.Value.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal).Replace('0', 'o').Replace('1', 'l') + " ";

        Assert.True(EnquiryReference.TryParse(sloppy, out var parsed));
        Assert.Equal(reference, parsed);
    }

    [Fact]
    public void Every_single_wrong_character_is_caught_by_the_check_character()
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var body = EnquiryReference.NewRandom().Value["ENQ-".Length..].Replace("-", "", StringComparison.Ordinal);
        for (var position = 0; position < body.Length; position++)
        {
            foreach (var replacement in alphabet.Where(c => c != body[position]))
            {
                var typo = "ENQ" + body[..position] + replacement + body[(position + 1)..];
                Assert.False(EnquiryReference.TryParse(typo, out _), $"{typo} should fail the check");
            }
        }
    }

    [Fact]
    public void A_registry_reference_is_not_an_enquiry_reference_and_the_reverse()
    {
        var person = IntermediaryReference.NewRandom();
        var enquiry = EnquiryReference.NewRandom();

        Assert.False(EnquiryReference.TryParse(person.Value, out _));
        Assert.False(IntermediaryReference.TryParse(enquiry.Value, out _));
        Assert.False(EnquiryReference.TryParse("", out _));
        Assert.Throws<FormatException>(() => EnquiryReference.Parse("ENQ-1234"));
    }
}
