using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>One thing in a packet of personal effects, as the list of contents states it.</summary>
public sealed class EffectsItem
{
    public const int DescriptionLength = 300;
    public const int CurrencyLength = 3;

    private EffectsItem()
    {
    }

    public EffectsItemId Id { get; private set; }

    public EffectsPacketId PacketId { get; private set; }

    public int Position { get; private set; }

    public string Description { get; private set; } = "";

    public int Quantity { get; private set; }

    /// <summary>A sum of money or a stated value, in <see cref="Currency"/>; null for things of no stated value.</summary>
    public decimal? Amount { get; private set; }

    /// <summary>ISO 4217 code (UAH, RUB, USD…), when <see cref="Amount"/> is given.</summary>
    public string Currency { get; private set; } = "";

    internal static EffectsItem Create(EffectsPacketId packetId, int position, EffectsItemDraft draft) => new()
    {
        Id = EffectsItemId.New(),
        PacketId = packetId,
        Position = position,
        Description = draft.Description.Trim(),
        Quantity = draft.Quantity,
        Amount = draft.Amount,
        Currency = (draft.Currency ?? "").Trim().ToUpperInvariant(),
    };
}

/// <summary>A line of the list of contents as entered.</summary>
public sealed record EffectsItemDraft(string Description, int Quantity, decimal? Amount = null, string? Currency = null);

/// <summary>
/// Personal effects, valuables (money in any currency included) and documents left by a prisoner who died, was
/// repatriated, released or escaped, received by the intermediary and forwarded in a sealed packet with a statement
/// of the owner's identity and a complete list of contents (GC III art. 122(8), art. 119). The contents are fixed once
/// the packet is sealed; it is then handed over, with the recipient named.
/// </summary>
public sealed class EffectsPacket
{
    public const int MaxItems = 200;
    public const int TextLength = 300;
    public const int NoteLength = 2000;

    private readonly List<EffectsItem> _items = [];

    private EffectsPacket()
    {
    }

    public EffectsPacketId Id { get; private set; }

    public string Reference { get; private set; } = "";

    public PersonId PersonId { get; private set; }

    public DeathNotificationId? DeathNotificationId { get; private set; }

    public EffectsReason Reason { get; private set; }

    /// <summary>The number on the seal of the packet, so its recipient can see it was not opened.</summary>
    public string SealNumber { get; private set; } = "";

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Who the intermediary received the packet from (the camp, the detaining party's bureau), as said.</summary>
    public string ReceivedFrom { get; private set; } = "";

    public EffectsPacketStatus Status { get; private set; }

    public DateOnly? HandedOverOn { get; private set; }

    /// <summary>Who received the packet (the party of origin's bureau, the next of kin), by name.</summary>
    public string HandedOverTo { get; private set; } = "";

    public PartyId? HandedOverToPartyId { get; private set; }

    public string HandoverNote { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public int Version { get; private set; }

    public IReadOnlyList<EffectsItem> Items => _items;

    public static EffectsPacket Receive(PersonId personId, DeathNotificationId? deathNotificationId, EffectsReason reason, string? sealNumber, DateOnly receivedOn, string? receivedFrom, IReadOnlyList<EffectsItemDraft> items, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(reason))
        {
            errors["reason"] = ["Say why the effects were left: died, repatriated, released or escaped."];
        }

        var seal = (sealNumber ?? "").Trim();
        if (seal.Length == 0)
        {
            errors["sealNumber"] = ["Give the number on the packet's seal."];
        }
        else if (seal.Length > 100)
        {
            errors["sealNumber"] = ["At most 100 characters."];
        }

        var from = (receivedFrom ?? "").Trim();
        if (from.Length > TextLength)
        {
            errors["receivedFrom"] = [$"At most {TextLength} characters."];
        }

        if (receivedOn > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            errors["receivedOn"] = ["The packet is recorded once received: the date cannot be in the future."];
        }

        CheckItems(items, errors);
        ValidationFailedException.ThrowIfAny(errors);
        var packet = new EffectsPacket
        {
            Id = EffectsPacketId.New(),
            Reference = ExchangeReference.New(ExchangeReference.PacketPrefix),
            PersonId = personId,
            DeathNotificationId = deathNotificationId,
            Reason = reason,
            SealNumber = seal,
            ReceivedOn = receivedOn,
            ReceivedFrom = from,
            Status = EffectsPacketStatus.Held,
            CreatedAt = at,
            CreatedBy = actor.UserName,
            UpdatedAt = at,
            UpdatedBy = actor.UserName,
        };
        for (var i = 0; i < items.Count; i++)
        {
            packet._items.Add(EffectsItem.Create(packet.Id, i + 1, items[i]));
        }

        return packet;
    }

    /// <summary>Hands the sealed packet over, naming who received it.</summary>
    public void HandOver(DateOnly on, string? to, PartyId? toPartyId, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status == EffectsPacketStatus.HandedOver)
        {
            throw new DomainRuleException("status", $"Packet {Reference} has already been handed over.");
        }

        var errors = new Dictionary<string, string[]>();
        var recipient = (to ?? "").Trim();
        if (recipient.Length == 0)
        {
            errors["handedOverTo"] = ["Name who received the packet."];
        }
        else if (recipient.Length > TextLength)
        {
            errors["handedOverTo"] = [$"At most {TextLength} characters."];
        }

        if (on < ReceivedOn || on > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            errors["handedOverOn"] = ["The hand-over comes after the packet was received, and not in the future."];
        }

        var text = (note ?? "").Trim();
        if (text.Length > NoteLength)
        {
            errors["note"] = [$"At most {NoteLength} characters."];
        }

        ValidationFailedException.ThrowIfAny(errors);
        Status = EffectsPacketStatus.HandedOver;
        HandedOverOn = on;
        HandedOverTo = recipient;
        HandedOverToPartyId = toPartyId;
        HandoverNote = text;
        UpdatedAt = at;
        UpdatedBy = actor.UserName;
        Version++;
    }

    /// <summary>Links the packet to the death notification it belongs with.</summary>
    public void LinkDeathNotification(DeathNotificationId id)
    {
        DeathNotificationId = id;
        Version++;
    }

    private static void CheckItems(IReadOnlyList<EffectsItemDraft> items, Dictionary<string, string[]> errors)
    {
        if (items.Count == 0)
        {
            errors["items"] = ["List the contents: at least one item."];
            return;
        }

        if (items.Count > MaxItems)
        {
            errors["items"] = [$"At most {MaxItems} items in one packet."];
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var description = (item.Description ?? "").Trim();
            if (description.Length == 0)
            {
                errors[$"items[{i}].description"] = ["Describe the item."];
            }
            else if (description.Length > EffectsItem.DescriptionLength)
            {
                errors[$"items[{i}].description"] = [$"At most {EffectsItem.DescriptionLength} characters."];
            }

            if (item.Quantity is < 1 or > 100_000)
            {
                errors[$"items[{i}].quantity"] = ["Between 1 and 100000."];
            }

            var currency = (item.Currency ?? "").Trim();
            if (item.Amount is { } amount)
            {
                if (amount < 0 || amount > 1_000_000_000m)
                {
                    errors[$"items[{i}].amount"] = ["Between 0 and 1000000000."];
                }

                if (currency.Length != EffectsItem.CurrencyLength || !currency.All(char.IsAsciiLetter))
                {
                    errors[$"items[{i}].currency"] = ["Give the currency as its three-letter code (UAH, RUB, USD, EUR)."];
                }
            }
            else if (currency.Length > 0)
            {
                errors[$"items[{i}].amount"] = ["Give the amount in that currency."];
            }
        }
    }
}
