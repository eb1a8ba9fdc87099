"""Ask: questions as journalists type them, answered from the store."""
