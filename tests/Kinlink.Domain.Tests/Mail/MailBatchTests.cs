using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using static Kinlink.Domain.Tests.Mail.MailTestData;

namespace Kinlink.Domain.Tests.Mail;

public class MailBatchTests
{
    private static readonly PlaceId Place = PlaceId.New();
    private static readonly PartyId Party = PartyId.New();

    [Fact]
    public void A_batch_is_opened_for_one_place_and_dispatching_puts_its_items_in_transit()
    {
        var batch = MailBatch.Create(Place, Party, " courier ", Caseworker, Now);
        Assert.StartsWith("BAT-", batch.Reference, StringComparison.Ordinal);
        Assert.Equal((MailBatchStatus.Open, "courier"), (batch.Status, batch.Note));
        var parcel = RoutedParcel(Place, Party);
        var message = ClearedMessage(Place, Party);
        parcel.AddToBatch(batch);
        message.AddToBatch(batch);
        batch.Dispatch([parcel, message], Caseworker, Now.AddHours(1));
        Assert.Equal((MailBatchStatus.Dispatched, (DateTimeOffset?)Now.AddHours(1), Caseworker.UserName), (batch.Status, batch.DispatchedAt, batch.DispatchedBy));
        Assert.All(new MailItem[] { parcel, message }, i => Assert.Equal(MailStatus.InTransit, i.Status));
        Assert.Equal(MailEventKind.Dispatched, parcel.Events[^1].Kind);
        Assert.Equal(batch.Reference, parcel.Events[^1].Note);
    }

    [Fact]
    public void A_batch_is_not_dispatched_twice_nor_empty_nor_with_an_item_that_is_not_its_own()
    {
        var batch = MailBatch.Create(Place, Party, null, Caseworker, Now);
        Assert.Equal("items", Assert.Throws<DomainRuleException>(() => batch.Dispatch([], Caseworker, Now)).Field);
        var stranger = RoutedParcel(Place, Party);
        Assert.Equal("items", Assert.Throws<DomainRuleException>(() => batch.Dispatch([stranger], Caseworker, Now)).Field);
        stranger.AddToBatch(batch);
        batch.Dispatch([stranger], Caseworker, Now);
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => batch.Dispatch([stranger], Caseworker, Now)).Field);
    }

    [Fact]
    public void Only_cleared_items_routed_to_the_batchs_place_go_in_and_only_while_it_is_open()
    {
        var batch = MailBatch.Create(Place, Party, null, Caseworker, Now);
        var received = Message();
        received.RouteTo(Place, Party, Caseworker, Now);
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => received.AddToBatch(batch)).Field);
        var elsewhere = RoutedParcel(PlaceId.New(), Party);
        Assert.Equal("batch", Assert.Throws<DomainRuleException>(() => elsewhere.AddToBatch(batch)).Field);
        var refused = Parcel(Line(ParcelCategory.Other, "knife"));
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => refused.AddToBatch(batch)).Field);

        var first = RoutedParcel(Place, Party);
        first.AddToBatch(batch);
        batch.Dispatch([first], Caseworker, Now);
        var late = RoutedParcel(Place, Party);
        Assert.Equal("batch", Assert.Throws<DomainRuleException>(() => late.AddToBatch(batch)).Field);
    }

    [Fact]
    public void An_item_leaves_an_open_batch_with_a_step_but_not_a_dispatched_one()
    {
        var batch = MailBatch.Create(Place, Party, null, Caseworker, Now);
        var parcel = RoutedParcel(Place, Party);
        var other = RoutedParcel(Place, Party);
        Assert.Equal("batch", Assert.Throws<DomainRuleException>(() => parcel.RemoveFromBatch(batch, Caseworker, Now)).Field);
        parcel.AddToBatch(batch);
        other.AddToBatch(batch);
        parcel.RemoveFromBatch(batch, Caseworker, Now);
        Assert.Null(parcel.BatchId);
        Assert.Equal((MailEventKind.RemovedFromBatch, batch.Reference), (parcel.Events[^1].Kind, parcel.Events[^1].Note));
        batch.Dispatch([other], Caseworker, Now);
        Assert.Equal("batch", Assert.Throws<DomainRuleException>(() => other.RemoveFromBatch(batch, Caseworker, Now)).Field);
    }

    [Fact]
    public void An_item_delivered_before_its_batch_left_no_longer_holds_the_batch_back()
    {
        var batch = MailBatch.Create(Place, Party, null, Caseworker, Now);
        var delivered = RoutedParcel(Place, Party);
        var going = RoutedParcel(Place, Party);
        delivered.AddToBatch(batch);
        going.AddToBatch(batch);
        delivered.Deliver(DeliveryChannel.AuthorityConfirmed, null, ParcelReceiptSigner.Prisoner, "Коваленко", null, Caseworker, Now);
        Assert.Null(delivered.BatchId);
        batch.Dispatch([going], Caseworker, Now);
        Assert.Equal(MailBatchStatus.Dispatched, batch.Status);
    }

    [Fact]
    public void A_note_too_long_is_named() =>
        Assert.Equal("note", Assert.Throws<ValidationFailedException>(() => MailBatch.Create(Place, Party, new string('x', MailBatch.NoteLength + 1), Caseworker, Now)).Errors.Keys.Single());
}
