namespace ParticleContracts.Simulator.Cloud;

/// <summary>
/// The most recent items up to a fixed capacity, oldest first: a ring that overwrites its oldest entry, so a simulator
/// under load keeps constant memory however many calls or events it serves.
/// </summary>
internal sealed class BoundedHistory<T>
{
    private readonly Lock _lock = new();
    private readonly T[] _items;
    private int _next;
    private int _count;

    public BoundedHistory(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _items = new T[capacity];
    }

    public int Capacity => _items.Length;

    public void Add(T item)
    {
        if (_items.Length == 0)
        {
            return;
        }

        lock (_lock)
        {
            _items[_next] = item;
            _next = _next + 1 == _items.Length ? 0 : _next + 1;
            _count = Math.Min(_count + 1, _items.Length);
        }
    }

    public T[] Snapshot()
    {
        lock (_lock)
        {
            var copy = new T[_count];
            var start = _next - _count;
            if (start < 0)
            {
                start += _items.Length;
            }

            var firstPart = Math.Min(_count, _items.Length - start);
            Array.Copy(_items, start, copy, 0, firstPart);
            Array.Copy(_items, 0, copy, firstPart, _count - firstPart);
            return copy;
        }
    }
}
