using Ward.Assistant.Knowledge;

namespace Ward.Assistant.Retrieval;

/// <summary>An entry that matched a question, with its BM25 score.</summary>
public sealed record RetrievalHit(KnowledgeEntry Entry, double Score);
