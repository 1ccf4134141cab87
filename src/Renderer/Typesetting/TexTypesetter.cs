using System.Collections.Concurrent;

namespace Renderer.Typesetting;

/// <summary>
/// Turns TeX math into <see cref="TexFormula"/>s: real LaTeX → DVI → dvisvgm SVG, with a disk cache and a
/// per-instance memory cache. Thread-safe: call it from as many threads as you like.
/// </summary>
/// <remarks>
/// Order of work for each formula: <see cref="TexSourceGuard"/> (before anything else, so a refused formula
/// never reaches TeX) → this instance's memory (same formula, mode and preamble: same object) → the disk
/// <see cref="TexCache"/> → LaTeX. Concurrent requests for the same formula on one instance share a single
/// TeX run. <see cref="TypesetAll"/> sets every formula that is not cached in one LaTeX and one dvisvgm run,
/// which is much cheaper than one run per formula at scene compile time.
/// </remarks>
public sealed class TexTypesetter
{
    private readonly ConcurrentDictionary<TexMemoryKey, TaskCompletionSource<TexFormula>> _formulas = new();
    private readonly TexToolchain _toolchain;
    private long _processesStarted;

    /// <param name="cancellation">Cancels a running TeX batch: its process tree is killed and
    /// <see cref="OperationCanceledException"/> thrown.</param>
    public TexTypesetter(TexOptions? options = null, CancellationToken cancellation = default)
    {
        Options = options ?? new TexOptions();
        Cache = new TexCache(Options.CacheDirectory);
        _toolchain = new TexToolchain(Options, Cache, () => Interlocked.Increment(ref _processesStarted), cancellation);
    }

    public TexOptions Options { get; }

    public TexCache Cache { get; }

    /// <summary>External processes (latex, dvisvgm, version probes) this instance has started. A warm cache starts none.</summary>
    public long ProcessesStarted => Interlocked.Read(ref _processesStarted);

    /// <summary>Typesets one formula (math-mode TeX, without <c>$</c>). Throws <see cref="TexException"/> on a refused or wrong formula.</summary>
    public TexFormula Typeset(string tex, TexMode mode = TexMode.Display, TexPreamble? preamble = null) =>
        TypesetAll([new TexRequest(tex, mode)], preamble)[0];

    /// <summary>
    /// Typesets several formulas with one preamble, running LaTeX at most once for all uncached ones.
    /// Results are in request order. If any formula fails, throws the <see cref="TexException"/> of the first
    /// failure TeX reports (TeX stops at the first error).
    /// </summary>
    public IReadOnlyList<TexFormula> TypesetAll(IReadOnlyList<TexRequest> requests, TexPreamble? preamble = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        preamble ??= TexPreamble.Default;
        foreach (var r in requests)
        {
            ArgumentNullException.ThrowIfNull(r.Tex);
            TexSourceGuard.Validate(r.Tex, TexSourceKind.Formula, preamble.Commands);
        }

        while (true)
        {
            try
            {
                return TryTypesetAll(requests, preamble);
            }
            catch (TexBatchAbortedException)
            {
                // Another call's LaTeX run failed on a formula that is not ours; ours were never tried. Again.
            }
        }
    }

    private TexFormula[] TryTypesetAll(IReadOnlyList<TexRequest> requests, TexPreamble preamble)
    {
        var slots = new TaskCompletionSource<TexFormula>[requests.Count];
        var owned = new List<(TexMemoryKey Key, TaskCompletionSource<TexFormula> Slot, TexRequest Request)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var key = new TexMemoryKey(requests[i].Tex, requests[i].Mode, preamble.Text);
            var mine = new TaskCompletionSource<TexFormula>(TaskCreationOptions.RunContinuationsAsynchronously);
            slots[i] = _formulas.GetOrAdd(key, mine);
            if (ReferenceEquals(slots[i], mine)) owned.Add((key, mine, requests[i]));
        }

        // Fill our own slots before waiting on anyone else's: two calls waiting on each other cannot deadlock.
        if (owned.Count > 0) Produce(owned, preamble);
        return slots.Select(s => s.Task.GetAwaiter().GetResult()).ToArray();
    }

    private void Produce(List<(TexMemoryKey Key, TaskCompletionSource<TexFormula> Slot, TexRequest Request)> owned, TexPreamble preamble)
    {
        try
        {
            TexToolVersions versions;
            try
            {
                versions = _toolchain.Versions;
            }
            catch (TexToolMissingException)
            {
                // No TeX here: a render whose formulas are all cached needs none.
                if (FromCacheOfAnyVersion(owned, preamble)) return;
                throw;
            }

            var misses = new List<(TaskCompletionSource<TexFormula> Slot, TexRequest Request, string DiskKey)>();
            foreach (var (_, slot, request) in owned)
            {
                var diskKey = TexCache.Key(request.Tex, request.Mode, preamble.Text, versions);
                if (Cache.TryLoad(diskKey, request.Tex, request.Mode, preamble.Text, versions) is { } hit && TryFromEntry(hit) is { } cached)
                    slot.SetResult(cached);
                else
                    misses.Add((slot, request, diskKey)); // absent or damaged: typeset again, and the store replaces it
            }

            if (misses.Count == 0) return;
            var made = _toolchain.Run(preamble, misses.Select(m => m.Request).ToList());
            for (var i = 0; i < misses.Count; i++)
            {
                try
                {
                    Cache.Store(misses[i].DiskKey, made[i]);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // An unwritable cache costs speed next time, not this render.
                }

                misses[i].Slot.SetResult(FromEntry(made[i]));
            }
        }
        catch (Exception e)
        {
            foreach (var (key, slot, request) in owned)
            {
                if (slot.Task.IsCompleted) continue;
                // Forget failures, so a later call (after a fix, or for a formula that was merely batched with
                // the broken one) tries again rather than replaying this error.
                _formulas.TryRemove(new KeyValuePair<TexMemoryKey, TaskCompletionSource<TexFormula>>(key, slot));
                var notThisOne = e is TexException { Formula: { } bad } && bad != request.Tex && e is not TexToolMissingException;
                slot.SetException(notThisOne ? new TexBatchAbortedException() : e);
            }

            throw;
        }
    }

    /// <summary>
    /// Serves every owned request from the cache under any tool versions it has seen (newest first), or none of them.
    /// </summary>
    private bool FromCacheOfAnyVersion(List<(TexMemoryKey Key, TaskCompletionSource<TexFormula> Slot, TexRequest Request)> owned, TexPreamble preamble)
    {
        foreach (var versions in Cache.KnownToolVersions())
        {
            var found = new List<TexFormula>();
            foreach (var (_, _, request) in owned)
            {
                var key = TexCache.Key(request.Tex, request.Mode, preamble.Text, versions);
                if (Cache.TryLoad(key, request.Tex, request.Mode, preamble.Text, versions) is not { } hit || TryFromEntry(hit) is not { } formula) break;
                found.Add(formula);
            }

            if (found.Count != owned.Count) continue;
            for (var i = 0; i < owned.Count; i++) owned[i].Slot.SetResult(found[i]);
            return true;
        }

        return false;
    }

    private static TexFormula FromEntry(TexCacheEntry e) => new(e.Source, e.Mode, e.Svg, e.Width, e.Height, e.Depth);

    private static TexFormula? TryFromEntry(TexCacheEntry e)
    {
        try
        {
            return FromEntry(e);
        }
        catch (Exception ex) when (ex is TexException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
