using System.IO.Hashing;
using System.Text;
using Kinlink.Matching.Engine;

namespace Kinlink.Matching.Tests;

/// <summary>Key hashes are stored by the database and held by the in-memory index: they must never move.</summary>
public class CandidateKeyHashTests
{
    [Theory]
    [InlineData("s:kovalenko")]
    [InlineData("gd:ALEKSANDR:1994-03-12")]
    [InlineData("s:Коваленко")]
    public void A_key_hashes_to_XxHash64_of_its_UTF8_text(string key) =>
        Assert.Equal(unchecked((long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key))), CandidateKeys.Hash(key));

    [Fact]
    public void A_key_longer_than_the_stack_buffer_hashes_the_same_way()
    {
        var key = "s:" + new string('ж', 300);

        Assert.Equal(unchecked((long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key))), CandidateKeys.Hash(key));
    }

    [Fact]
    public void Keys_of_every_length_up_to_three_stripes_and_more_hash_as_the_reference_XxHash64_does()
    {
        // Every remainder of the 32-byte stripes and of the 8- and 4-byte tails, in one- to three-byte letters.
        var random = new Random(64);
        const string letters = "abcxyzABCабвгґєіїжщьЖЩ'-:0123456789\u00e9\u4e2d";
        for (var length = 0; length <= 200; length++)
        {
            for (var sample = 0; sample < 20; sample++)
            {
                var key = string.Concat(Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)]));
                Assert.Equal(unchecked((long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key))), CandidateKeys.Hash(key));
            }
        }
    }

    [Fact]
    public void Different_keys_hash_apart() =>
        Assert.NotEqual(CandidateKeys.Hash("sy:kovalenko:1994"), CandidateKeys.Hash("sy:kovalenko:1995"));
}
