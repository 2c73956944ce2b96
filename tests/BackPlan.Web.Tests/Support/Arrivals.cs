namespace BackPlan.Web.Tests.Support;

/// <summary>
/// What arrives on other threads (ended spans, measurements, log lines), kept in order so a test can
/// wait for the one it expects instead of sleeping.
/// </summary>
public sealed class Arrivals<T>
{
    private readonly Lock _lock = new();
    private readonly List<T> _items = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Found)> _waiting = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public void Add(T item)
    {
        lock (_lock)
        {
            _items.Add(item);
            foreach (var waiter in _waiting.Where(w => w.Match(item)).ToList())
            {
                _waiting.Remove(waiter);
                waiter.Found.TrySetResult(item);
            }
        }
    }

    /// <summary>What arrived after the first <paramref name="count"/>.</summary>
    public IReadOnlyList<T> Since(int count)
    {
        lock (_lock)
        {
            return _items.Skip(count).ToList();
        }
    }

    /// <summary>The first item that matches, among those that arrived after the first <paramref name="after"/> or later (a minute at most).</summary>
    public Task<T> WaitForAsync(Func<T, bool> match, int after = 0)
    {
        lock (_lock)
        {
            // An index, not FirstOrDefault: for a struct "nothing yet" and a default value look alike.
            var arrived = _items.FindIndex(Math.Min(after, _items.Count), i => match(i));
            if (arrived >= 0)
            {
                return Task.FromResult(_items[arrived]);
            }

            var found = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((match, found));
            return found.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        }
    }
}
