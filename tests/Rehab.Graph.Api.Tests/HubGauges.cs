using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>Reads one hub's observable gauges as an exporter would: the hubs of a test run share the process, so by the hub's own meters.</summary>
public static class HubGauges
{
    /// <summary>The gauge's value on <paramref name="hub"/> now, or null when it reports none.</summary>
    public static long? Read(HubFactory hub, string name)
    {
        var meters = hub.Services.GetRequiredService<IMeterFactory>();
        long? value = null;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == name && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, measured, _, _) => value = measured);
        listener.SetMeasurementEventCallback<long>((_, measured, _, _) => value = measured);
        listener.Start();
        listener.RecordObservableInstruments();
        return value;
    }
}
