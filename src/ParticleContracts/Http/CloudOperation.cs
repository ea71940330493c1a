namespace ParticleContracts.Http;

/// <summary>What a request does; decides retryability and how a 404 is read.</summary>
internal enum CloudOperation
{
    ListDevices,
    GetDevice,
    GetVariable,
    CallFunction,
    PublishEvent,
    SubscribeEvents,
    CreateToken,
    GetTokenInfo,
    RevokeToken,
    ReadLedgerDefinition,
    WriteLedgerDefinition,
    ReadLedgerInstance,
    WriteLedgerInstance,
    ReadEnvironment,
    WriteEnvironment,
    StartEnvironmentRollout,
}
