namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>Where a statement sits, for the declaration recognizer.</summary>
internal enum StatementScope
{
    File,
    Class,
    Function,
}
