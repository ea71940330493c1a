using System.Globalization;
using System.Runtime.CompilerServices;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

public sealed partial class ParticleCloudClient
{
    /// <summary>
    /// Lists devices: <c>GET /v1/devices</c> in user scope, or every page of <c>GET /v1/products/:product/devices</c>
    /// when <see cref="ParticleCloudOptions.Product"/> is set. List entries usually carry no variables or functions;
    /// call <see cref="GetDeviceAsync"/> for those.
    /// </summary>
    public async Task<IReadOnlyList<ParticleDeviceInfo>> ListDevicesAsync(CancellationToken cancellationToken = default)
    {
        if (_options.Product is not null)
        {
            var all = new List<ParticleDeviceInfo>();
            await foreach (var device in ListAllProductDevicesAsync(null, null, cancellationToken).ConfigureAwait(false))
            {
                all.Add(device);
            }

            return all;
        }

        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.Devices(null),
            Operation = CloudOperation.ListDevices,
            Retryable = true,
        };
        return await SendAsync(request, ReadDeviceList, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one page of a product's devices (<c>GET /v1/products/:product/devices?page=&amp;per_page=...</c>).</summary>
    /// <param name="query">Paging and filters; null for the first page with the cloud's defaults.</param>
    /// <param name="product">Product ID or slug; null means <see cref="ParticleCloudOptions.Product"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ParticleProductDevicePage> ListProductDevicesAsync(ParticleProductDeviceQuery? query = null, string? product = null, CancellationToken cancellationToken = default)
    {
        query ??= new ParticleProductDeviceQuery();
        if (query.Page < 1 || query.PerPage < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "Page and PerPage must be at least 1.");
        }

        product ??= _options.Product ?? throw new InvalidOperationException("No product: pass one or set ParticleCloudOptions.Product.");
        var parameters = new List<KeyValuePair<string, string>>();
        AddIfSet(parameters, "deviceId", query.DeviceId);
        AddIfSet(parameters, "deviceName", query.DeviceName);
        if (query.Groups is { Count: > 0 } groups)
        {
            parameters.Add(new("groups", string.Join(",", groups)));
        }

        AddIfSet(parameters, "sortAttr", query.SortAttribute);
        AddIfSet(parameters, "sortDir", query.SortDirection);
        parameters.Add(new("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        parameters.Add(new("per_page", query.PerPage.ToString(CultureInfo.InvariantCulture)));

        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.Devices(product),
            Operation = CloudOperation.ListDevices,
            Retryable = true,
            Query = parameters,
        };
        var (devices, meta) = await SendAsync(request, ReadProductDevices, cancellationToken).ConfigureAwait(false);
        return new ParticleProductDevicePage(devices, query.Page, meta?.TotalPages, meta?.TotalRecords);
    }

    /// <summary>Pages through all of a product's devices, requesting pages on demand.</summary>
    public async IAsyncEnumerable<ParticleDeviceInfo> ListAllProductDevicesAsync(
        ParticleProductDeviceQuery? query = null,
        string? product = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= new ParticleProductDeviceQuery();
        var page = query.Page;
        while (true)
        {
            var current = await ListProductDevicesAsync(CopyWithPage(query, page), product, cancellationToken).ConfigureAwait(false);
            foreach (var device in current.Devices)
            {
                yield return device;
            }

            var lastPage = current.TotalPages is { } total ? page >= total : current.Devices.Count < query.PerPage;
            if (lastPage || current.Devices.Count == 0)
            {
                yield break;
            }

            page++;
        }
    }

    /// <summary>Reads one device including its <see cref="ParticleDeviceInfo.Variables"/> and <see cref="ParticleDeviceInfo.Functions"/>.</summary>
    /// <exception cref="ParticlePermissionDeniedException">The device is unknown or not yours.</exception>
    public async Task<ParticleDeviceInfo> GetDeviceAsync(string deviceIdOrName, CancellationToken cancellationToken = default)
    {
        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.Device(_options.Product, deviceIdOrName),
            Operation = CloudOperation.GetDevice,
            Retryable = true,
            DeviceIdOrName = deviceIdOrName,
        };
        return await SendAsync(request, static (request, reply) => ToDeviceInfo(Deserialize(request, reply, ParticleJsonContext.Default.DeviceWire), request, reply), cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<ParticleDeviceInfo> ReadDeviceList(CloudRequest request, CloudReply reply)
    {
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.ListDeviceWire);
        var devices = new ParticleDeviceInfo[wire.Count];
        for (var i = 0; i < devices.Length; i++)
        {
            devices[i] = ToDeviceInfo(wire[i], request, reply);
        }

        return devices;
    }

    private static (ParticleDeviceInfo[] Devices, ProductDevicesMetaWire? Meta) ReadProductDevices(CloudRequest request, CloudReply reply)
    {
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.ProductDevicesWire);
        if (wire.Devices is null)
        {
            throw CloudErrorTranslator.Unexpected(request, reply, "the product device list has no \"devices\" array");
        }

        var devices = new ParticleDeviceInfo[wire.Devices.Count];
        for (var i = 0; i < devices.Length; i++)
        {
            devices[i] = ToDeviceInfo(wire.Devices[i], request, reply);
        }

        return (devices, wire.Meta);
    }

    private static ParticleDeviceInfo ToDeviceInfo(DeviceWire? wire, CloudRequest request, CloudReply reply)
    {
        if (wire?.Id is not { Length: > 0 } id)
        {
            throw CloudErrorTranslator.Unexpected(request, reply, "a device has no \"id\"");
        }

        return new ParticleDeviceInfo
        {
            Id = id,
            Name = wire.Name,
            Connected = wire.Connected ?? wire.Online ?? false,
            Online = wire.Online,
            LastHeard = wire.LastHeard,
            LastHandshakeAt = wire.LastHandshakeAt,
            LastIpAddress = wire.LastIpAddress,
            LastApp = wire.LastApp,
            PlatformId = wire.PlatformId,
            ProductId = wire.ProductId,
            Cellular = wire.Cellular,
            Status = wire.Status,
            SerialNumber = wire.SerialNumber,
            Notes = wire.Notes,
            SystemFirmwareVersion = wire.SystemFirmwareVersion,
            Variables = wire.Variables is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(wire.Variables, StringComparer.Ordinal),
            Functions = wire.Functions is null ? [] : wire.Functions.ToArray(),
        };
    }

    private static ParticleProductDeviceQuery CopyWithPage(ParticleProductDeviceQuery query, int page) => new()
    {
        Page = page,
        PerPage = query.PerPage,
        DeviceId = query.DeviceId,
        DeviceName = query.DeviceName,
        Groups = query.Groups,
        SortAttribute = query.SortAttribute,
        SortDirection = query.SortDirection,
    };

    private static void AddIfSet(List<KeyValuePair<string, string>> parameters, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parameters.Add(new(name, value));
        }
    }
}
