// English for the Excel exports: the link, sheet names, column headers, titles.
const messages: Record<string, string> = {
	'Xuất Excel': 'Export to Excel'
};

export default messages;
