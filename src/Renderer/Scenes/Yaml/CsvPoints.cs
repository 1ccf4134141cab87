using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Two numeric columns of a CSV file as points. Comma-separated, one row per line; a first row that is not all numbers
/// is the header; blank lines and lines starting with '#' are skipped. Columns are chosen by header name or 0-based
/// index (default: the first two). A cell that is not a finite number is an error naming the CSV's line.
/// </summary>
public static class CsvPoints
{
    public static IReadOnlyList<(double X, double Y)>? Read(YamlContext context, YamlNode at, string path, string name, IReadOnlyList<string>? columns)
    {
        var rows = File.ReadAllLines(path).Select((text, i) => (Text: text.Trim(), Line: i + 1))
            .Where(r => r.Text.Length > 0 && !r.Text.StartsWith('#')).Select(r => (Cells: r.Text.Split(',').Select(c => c.Trim()).ToArray(), r.Line)).ToList();
        if (rows.Count == 0)
        {
            context.Error(at, $"'{name}' holds no rows", "one point per line: x, y");
            return null;
        }
        string[]? header = rows[0].Cells.All(IsNumber) ? null : rows[0].Cells;
        if (header is not null) rows.RemoveAt(0);
        var picked = new int[2];
        for (var k = 0; k < 2; k++)
        {
            if (columns is null) { picked[k] = k; continue; }
            var c = columns[k];
            if (int.TryParse(c, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0) picked[k] = index;
            else if (header is not null && Array.IndexOf(header, c) is >= 0 and var found) picked[k] = found;
            else
            {
                context.Error(at, $"'{name}' has no column '{c}'", header is null ? "it has no header row: name columns by 0-based index" : $"its columns are {string.Join(", ", header)}");
                return null;
            }
        }
        var points = new List<(double, double)>(rows.Count);
        foreach (var (cells, line) in rows)
        {
            var values = new double[2];
            for (var k = 0; k < 2; k++)
            {
                if (picked[k] >= cells.Length)
                {
                    context.Error(at, $"{name} line {line} has {cells.Length} column{(cells.Length == 1 ? "" : "s")}, not column {picked[k]}", "give every row the same columns");
                    return null;
                }
                if (!double.TryParse(cells[picked[k]], NumberStyles.Float, CultureInfo.InvariantCulture, out values[k]) || !double.IsFinite(values[k]))
                {
                    context.Error(at, $"{name} line {line}: '{cells[picked[k]]}' is not a number", "cells must be numbers such as 0.25 or 1e-3");
                    return null;
                }
            }
            points.Add((values[0], values[1]));
        }
        return points;
    }

    private static bool IsNumber(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
