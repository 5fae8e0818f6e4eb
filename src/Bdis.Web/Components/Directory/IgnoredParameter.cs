namespace Bdis.Web.Components.Directory;

/// <summary>Something in the URL the page could not use: a resource key for the message and the offending value.</summary>
public sealed record IgnoredParameter(string MessageKey, string Value);
