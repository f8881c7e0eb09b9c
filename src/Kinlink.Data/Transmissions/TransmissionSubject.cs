namespace Kinlink.Data.Transmissions;

/// <summary>What a transmission tells the power of origin.</summary>
public enum TransmissionSubject
{
    /// <summary>The person was registered (with whatever events came with the registration).</summary>
    Registration = 0,

    /// <summary>One later status event: transfer, hospital, release, repatriation, escape, death...</summary>
    Event = 1,
}
