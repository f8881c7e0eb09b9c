using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kinlink.Browser.Tests;

/// <summary>The axe-core check of a page against WCAG 2.1 levels A and AA (and axe's best practices), as Chromium renders it now.</summary>
public static class Accessibility
{
    /// <summary>
    /// The WCAG 2.0 and 2.1 success criteria of levels A and AA, the level the issue asks for, and axe's best practices,
    /// which hold what those tags leave out: one main landmark, all content in landmarks, headings in order, one h1.
    /// </summary>
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Each violation on the page as one line: the page, the rule, its impact, the element and what is wrong with it.</summary>
    /// <param name="what">How the failure message names the page ("a person, in Ukrainian").</param>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(Wcag21AA);
        return result.Violations
            .SelectMany(rule => rule.Nodes.Select(node =>
                $"{what} ({new Uri(page.Url).PathAndQuery}): {rule.Id} [{rule.Impact}] at {node.Target}: {rule.Help}; {Checks(node)} | {node.Html}"))
            .ToList();
    }

    /// <summary>Fails with every violation found, each with its rule id, impact, selector and page.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var violations = await ViolationsAsync(page, what);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>
    /// The focused element and how its focus indicator stands out: the computed outline and box-shadow colours (an
    /// outline that is none, hidden or transparent does not count), each compared with the background behind the
    /// element, the best ratio kept. WCAG 2.1 asks 3:1 of a focus indicator.
    /// </summary>
    public static async Task<FocusIndicator> FocusIndicatorAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<FocusIndicator>(FocusIndicatorScript);
    }

    private const string FocusIndicatorScript = """
        () => {
            const el = document.activeElement;
            const parse = c => { const m = c.match(/rgba?\(([^)]*)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            let background = { r: 255, g: 255, b: 255, a: 1 };
            for (let n = el.parentElement; n; n = n.parentElement) { const c = parse(getComputedStyle(n).backgroundColor); if (c && c.a > 0) { background = c; break; } }
            const s = getComputedStyle(el);
            const colours = [];
            if (s.outlineStyle !== 'none' && s.outlineStyle !== 'hidden' && parseFloat(s.outlineWidth) > 0) colours.push(s.outlineColor);
            if (s.boxShadow !== 'none') for (const m of s.boxShadow.matchAll(/rgba?\([^)]*\)/g)) colours.push(m[0]);
            const visible = colours.map(parse).filter(c => c && c.a > 0);
            const best = visible.length === 0 ? 0 : Math.max(...visible.map(c => ratio(c, background)));
            const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
            return { element: name, text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60), contrast: best, outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, boxShadow: s.boxShadow };
        }
        """;

    /// <summary>What the failed checks say of the element, such as the contrast ratio found and the one needed.</summary>
    private static string Checks(AxeResultNode node) =>
        string.Join(" ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message).Distinct());
}
