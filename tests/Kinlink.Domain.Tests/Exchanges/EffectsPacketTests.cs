using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Domain.Tests.Exchanges;

public class EffectsPacketTests
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Received = new(2026, 11, 25);

    [Fact]
    public void A_packet_keeps_its_list_of_contents_in_order_with_currencies_in_capitals()
    {
        var packet = EffectsPacket.Receive(PersonId.New(), null, EffectsReason.Died, " S-42 ", Received, "Лагерь", [new(" Часы ", 1), new("Деньги", 1, 1500.5m, "rub")], Caseworker, Now);
        Assert.StartsWith("PKT-", packet.Reference, StringComparison.Ordinal);
        Assert.Equal((EffectsPacketStatus.Held, "S-42"), (packet.Status, packet.SealNumber));
        Assert.Equal([(1, "Часы", ""), (2, "Деньги", "RUB")], packet.Items.Select(i => (i.Position, i.Description, i.Currency)).ToArray());
        Assert.Equal(1500.5m, packet.Items[1].Amount);
    }

    [Fact]
    public void Each_bad_line_is_named_and_a_packet_needs_a_seal_a_reason_and_at_least_one_item()
    {
        var bad = Assert.Throws<ValidationFailedException>(() => EffectsPacket.Receive(PersonId.New(), null, (EffectsReason)9, "", Received.AddDays(10), null,
            [new("Часы", 1), new("", 0), new("Деньги", 1, 10m, null), new("Кольцо", 1, null, "USD")], Caseworker, Now));
        Assert.Equal(["items[1].description", "items[1].quantity", "items[2].currency", "items[3].amount", "reason", "receivedOn", "sealNumber"], bad.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
        var empty = Assert.Throws<ValidationFailedException>(() => EffectsPacket.Receive(PersonId.New(), null, EffectsReason.Released, "S-1", Received, null, [], Caseworker, Now));
        Assert.Equal(["items"], empty.Errors.Keys);
    }

    [Fact]
    public void A_packet_is_handed_over_once_to_someone_named_not_before_it_was_received()
    {
        var packet = EffectsPacket.Receive(PersonId.New(), null, EffectsReason.Repatriated, "S-1", Received, null, [new("Часы", 1)], Caseworker, Now);
        var refused = Assert.Throws<ValidationFailedException>(() => packet.HandOver(Received.AddDays(-1), " ", null, null, Caseworker, Now));
        Assert.Equal(["handedOverOn", "handedOverTo"], refused.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
        var ua = PartyId.New();
        packet.HandOver(Received.AddDays(1), "Бюро УА", ua, null, Caseworker, Now);
        Assert.Equal((EffectsPacketStatus.HandedOver, "Бюро УА", (PartyId?)ua), (packet.Status, packet.HandedOverTo, packet.HandedOverToPartyId));
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => packet.HandOver(Received.AddDays(1), "Другой", null, null, Caseworker, Now)).Field);
    }
}
