namespace ParticleContracts;

/// <summary>One page of <c>GET /v1/products/:product/devices</c>.</summary>
public sealed class ParticleProductDevicePage
{
    /// <summary>Creates a page.</summary>
    public ParticleProductDevicePage(IReadOnlyList<ParticleDeviceInfo> devices, int page, int? totalPages, int? totalRecords)
    {
        Devices = devices;
        Page = page;
        TotalPages = totalPages;
        TotalRecords = totalRecords;
    }

    /// <summary>The devices on this page.</summary>
    public IReadOnlyList<ParticleDeviceInfo> Devices { get; }

    /// <summary>The 1-based page number requested.</summary>
    public int Page { get; }

    /// <summary><c>meta.total_pages</c>, when the cloud sent it.</summary>
    public int? TotalPages { get; }

    /// <summary><c>meta.total_records</c>, when the cloud sent it.</summary>
    public int? TotalRecords { get; }
}

/// <summary>Filters and paging for product device lists (query parameters of <c>GET /v1/products/:product/devices</c>).</summary>
public sealed class ParticleProductDeviceQuery
{
    /// <summary>1-based page. Default 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Devices per page. Default 25 (the cloud's default).</summary>
    public int PerPage { get; init; } = 25;

    /// <summary>Filter by (partial) device ID.</summary>
    public string? DeviceId { get; init; }

    /// <summary>Filter by (partial) device name.</summary>
    public string? DeviceName { get; init; }

    /// <summary>Filter by group names.</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>Sort attribute, e.g. <c>deviceName</c>, <c>lastConnection</c>.</summary>
    public string? SortAttribute { get; init; }

    /// <summary>Sort direction, <c>asc</c> or <c>desc</c>.</summary>
    public string? SortDirection { get; init; }
}
