using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Domain.Visits;
using static Kinlink.Domain.Tests.Mail.MailTestData;

namespace Kinlink.Domain.Tests.Mail;

public class MailItemTests
{
    private static readonly PlaceId OldPlace = PlaceId.New();
    private static readonly PlaceId NewPlace = PlaceId.New();
    private static readonly PartyId Party = PartyId.New();

    [Fact]
    public void An_item_is_routed_to_a_place_and_needs_rerouting_only_when_the_person_is_held_elsewhere()
    {
        var parcel = RoutedParcel(OldPlace, Party);
        Assert.Equal(OldPlace, parcel.RoutedPlaceId);
        Assert.Equal(Party, parcel.DetainingPartyId);
        Assert.False(parcel.NeedsRerouting(OldPlace));
        Assert.True(parcel.NeedsRerouting(NewPlace));
        Assert.False(parcel.NeedsRerouting(null));
    }

    [Fact]
    public void Rerouting_takes_an_item_out_of_an_open_batch_and_records_the_step()
    {
        var batch = MailBatch.Create(OldPlace, Party, null, Caseworker, Now);
        var parcel = RoutedParcel(OldPlace, Party);
        parcel.AddToBatch(batch);
        parcel.RouteTo(NewPlace, Party, Caseworker, Now.AddHours(1));
        Assert.Null(parcel.BatchId);
        Assert.Equal(MailStatus.Cleared, parcel.Status);
        Assert.Equal(NewPlace, parcel.RoutedPlaceId);
        var step = parcel.Events[^1];
        Assert.Equal((MailEventKind.Rerouted, NewPlace), (step.Kind, step.PlaceId));
    }

    [Fact]
    public void Rerouting_recalls_an_item_from_a_dispatched_batch_to_be_forwarded()
    {
        var batch = MailBatch.Create(OldPlace, Party, null, Caseworker, Now);
        var parcel = RoutedParcel(OldPlace, Party);
        parcel.AddToBatch(batch);
        batch.Dispatch([parcel], Caseworker, Now);
        Assert.Equal(MailStatus.InTransit, parcel.Status);
        parcel.RouteTo(NewPlace, Party, Caseworker, Now.AddDays(1));
        Assert.Equal(MailStatus.Cleared, parcel.Status);
        Assert.Null(parcel.BatchId);
        Assert.False(parcel.NeedsRerouting(NewPlace));
    }

    [Fact]
    public void Routing_to_the_same_place_changes_nothing_and_a_closed_item_or_a_message_to_a_family_is_not_routed()
    {
        var parcel = RoutedParcel(OldPlace, Party);
        var version = parcel.Version;
        var steps = parcel.Events.Count;
        parcel.RouteTo(OldPlace, Party, Caseworker, Now);
        Assert.Equal((version, steps), (parcel.Version, parcel.Events.Count));

        parcel.MarkUndeliverable(UndeliverableReason.Unknown, "Not known at the camp", Caseworker, Now);
        Assert.Equal("status", Assert.Throws<DomainRuleException>(() => parcel.RouteTo(NewPlace, Party, Caseworker, Now)).Field);
        var toFamily = Message(direction: MessageDirection.FromDetainee);
        Assert.Equal("place", Assert.Throws<DomainRuleException>(() => toFamily.RouteTo(NewPlace, Party, Caseworker, Now)).Field);
        Assert.False(toFamily.NeedsRerouting(NewPlace));
    }

    [Fact]
    public void An_item_for_a_detainee_is_delivered_by_a_delegate_naming_the_visit_or_confirmed_by_the_authority()
    {
        var parcel = RoutedParcel(OldPlace, Party);
        Assert.Equal("channel", Assert.Throws<ValidationFailedException>(() => parcel.Deliver(DeliveryChannel.ToFamily, null, null, Caseworker, Now)).Errors.Keys.Single());
        Assert.Equal("visit", Assert.Throws<ValidationFailedException>(() => parcel.Deliver(DeliveryChannel.DelegateOnVisit, null, null, Caseworker, Now)).Errors.Keys.Single());
        var visit = VisitId.New();
        parcel.Deliver(DeliveryChannel.DelegateOnVisit, visit, " handed over ", Caseworker, Now);
        Assert.Equal(MailStatus.Delivered, parcel.Status);
        Assert.Equal(visit, parcel.DeliveredOnVisitId);
        Assert.Equal("handed over", parcel.OutcomeNote);
        Assert.Equal(Now, parcel.ClosedAt);

        var confirmed = ClearedMessage(OldPlace, Party);
        confirmed.Deliver(DeliveryChannel.AuthorityConfirmed, VisitId.New(), null, Caseworker, Now);
        Assert.Null(confirmed.DeliveredOnVisitId);
    }

    [Fact]
    public void A_message_for_a_family_is_given_to_the_family_read_online_or_handed_over_but_never_confirmed_by_the_authority()
    {
        var toFamily = Message(direction: MessageDirection.FromDetainee);
        toFamily.RecordCheck(MessageCheckOutcome.Passed, null, Caseworker, Now);
        Assert.Throws<ValidationFailedException>(() => toFamily.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, Caseworker, Now));
        toFamily.Deliver(DeliveryChannel.FamilyOnline, null, null, Caseworker, Now);
        Assert.Equal(DeliveryChannel.FamilyOnline, toFamily.DeliveryChannel);
    }

    [Fact]
    public void An_item_not_yet_cleared_or_already_closed_is_not_delivered()
    {
        var received = Message();
        Assert.Contains("not been cleared", Assert.Throws<DomainRuleException>(() => received.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, Caseworker, Now)).Message, StringComparison.Ordinal);
        var parcel = RoutedParcel(OldPlace, Party);
        parcel.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, Caseworker, Now);
        Assert.Throws<DomainRuleException>(() => parcel.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, Caseworker, Now));
        Assert.Throws<DomainRuleException>(() => parcel.MarkUndeliverable(UndeliverableReason.Unknown, null, Caseworker, Now));
    }

    [Fact]
    public void An_undeliverable_item_keeps_its_reason_and_note_and_a_note_too_long_is_named()
    {
        var parcel = RoutedParcel(OldPlace, Party);
        Assert.Equal("note", Assert.Throws<ValidationFailedException>(() => parcel.MarkUndeliverable(UndeliverableReason.Transferred, new string('x', MailItem.NoteLength + 1), Caseworker, Now)).Errors.Keys.Single());
        Assert.Equal("reason", Assert.Throws<ValidationFailedException>(() => parcel.MarkUndeliverable((UndeliverableReason)99, null, Caseworker, Now)).Errors.Keys.Single());
        parcel.MarkUndeliverable(UndeliverableReason.Transferred, "Moved before it arrived", Caseworker, Now);
        Assert.Equal((MailStatus.Undeliverable, UndeliverableReason.Transferred), (parcel.Status, parcel.UndeliverableReason));
        Assert.False(parcel.StoppedForSender);
    }

    [Fact]
    public void Stopping_takes_only_a_death_or_a_release_and_flags_the_sender()
    {
        var parcel = RoutedParcel(OldPlace, Party);
        Assert.Throws<ArgumentOutOfRangeException>(() => parcel.Stop(UndeliverableReason.Transferred, Caseworker, Now));
        Assert.True(parcel.Stop(UndeliverableReason.Died, Caseworker, Now));
        Assert.Equal((MailStatus.Undeliverable, UndeliverableReason.Died, true), (parcel.Status, parcel.UndeliverableReason, parcel.StoppedForSender));
        Assert.Equal(MailEventKind.Stopped, parcel.Events[^1].Kind);
        Assert.False(parcel.Stop(UndeliverableReason.Released, Caseworker, Now));
        Assert.Equal(UndeliverableReason.Died, parcel.UndeliverableReason);
    }

    [Fact]
    public void Stopping_leaves_delivered_items_and_messages_to_a_family_alone()
    {
        var delivered = RoutedParcel(OldPlace, Party);
        delivered.Deliver(DeliveryChannel.AuthorityConfirmed, null, null, Caseworker, Now);
        Assert.False(delivered.Stop(UndeliverableReason.Died, Caseworker, Now));
        Assert.Equal(MailStatus.Delivered, delivered.Status);

        var fromDetainee = Message(direction: MessageDirection.FromDetainee);
        Assert.False(fromDetainee.Stop(UndeliverableReason.Released, Caseworker, Now));
        Assert.Equal(MailStatus.Received, fromDetainee.Status);
        Assert.False(fromDetainee.StoppedForSender);
    }

    [Fact]
    public void A_stopped_item_leaves_its_open_batch_so_the_batch_can_still_be_dispatched()
    {
        var batch = MailBatch.Create(OldPlace, Party, null, Caseworker, Now);
        var stopped = RoutedParcel(OldPlace, Party);
        var going = RoutedParcel(OldPlace, Party);
        stopped.AddToBatch(batch);
        going.AddToBatch(batch);
        stopped.Stop(UndeliverableReason.Released, Caseworker, Now);
        Assert.Null(stopped.BatchId);
        batch.Dispatch([going], Caseworker, Now);
        Assert.Equal(MailStatus.InTransit, going.Status);
    }

    [Fact]
    public void The_sender_flag_is_cleared_once_the_sender_is_told_and_a_returned_parcel_no_longer_carries_it()
    {
        var told = RoutedParcel(OldPlace, Party);
        told.Stop(UndeliverableReason.Died, Caseworker, Now);
        var version = told.Version;
        told.ClearSenderFlag();
        Assert.False(told.StoppedForSender);
        Assert.Equal(version + 1, told.Version);

        var returned = RoutedParcel(OldPlace, Party);
        returned.Stop(UndeliverableReason.Released, Caseworker, Now);
        returned.Return("Posted back", Caseworker, Now);
        Assert.Equal(MailStatus.Returned, returned.Status);
        Assert.False(returned.StoppedForSender);
    }
}
