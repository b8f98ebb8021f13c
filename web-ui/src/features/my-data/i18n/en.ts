import type { myDataId } from './id';

export const myDataEn: Record<keyof typeof myDataId, string> = {
  'myData.title': 'My personal data',
  'myData.intro':
    "Indonesia's Personal Data Protection Law (UU 27/2022) gives you the right to a copy of your data and to have it erased.",
  'myData.download': 'Download my data',
  'myData.download.busy': 'Preparing the file…',
  'myData.download.hint':
    'One JSON file with your account, every report you sent (contact details included), the messages you wrote and the reports you supported.',
  'myData.download.done': 'Your data has been saved as a file.',
  'myData.download.failed': 'Your data could not be downloaded.',
  'myData.erase': 'Erase my personal data',
  'myData.erase.confirmTitle': 'Erase your personal data?',
  'myData.erase.keep': "Your reports stay, but without your name, so that the city's statistics and handling history remain whole.",
  'myData.erase.remove':
    'Your name, email and phone number are removed from the reports. Your messages and attachments no longer name you, and your supports for reports are removed.',
  'myData.erase.text': 'Titles and descriptions stay: they are the complaint.',
  'myData.erase.hidden': 'Afterwards these reports no longer appear under My reports. This cannot be undone.',
  'myData.erase.account': 'Your login account is not deleted with them: you delete it in your account settings.',
  'myData.erase.downloadFirst': 'Want to keep a copy? Download your data first.',
  'myData.erase.confirm': 'Yes, erase my personal data',
  'myData.erase.busy': 'Erasing…',
  'myData.erase.failed': 'Your personal data could not be erased.',
  'myData.erase.done': 'Your personal data has been erased.',
  'myData.erase.reports': 'Reports that no longer name you',
  'myData.erase.messages': 'Messages that no longer name you',
  'myData.erase.supports': 'Supports removed',
  'myData.account.hint': 'To delete your login account as well, open your account settings.',
  'myData.account.link': 'Account settings',
  'myData.cancel': 'Cancel',

  'myData.failed.session': 'Your session has ended. Please log in again, then repeat.',
  'myData.failed.forbidden': 'Your account is not allowed to do this.',
  'myData.failed.notFound': 'The report was not found or the PIN is no longer valid. Open the report again with its tracking code and PIN.',
  'myData.failed.tooMany': 'Too many requests. Wait a moment, then try again.',
  'myData.failed.server': 'The server could not process this request. Try again later.',
  'myData.failed.network': 'Cannot reach the server. Check your connection, then try again.',

  'eraseContact.title': 'Your contact details',
  'eraseContact.intro': 'You can have this report forget your name, email and phone number (UU 27/2022).',
  'eraseContact.start': 'Delete my contact details from this report',
  'eraseContact.confirmTitle': 'Delete your contact details from this report?',
  'eraseContact.remove':
    'Your name, email and phone number are removed from this report, and so are the notices not sent yet. Notices already sent no longer keep your address.',
  'eraseContact.keep': 'The report stays and is still handled. You can still follow it with the tracking code and PIN.',
  'eraseContact.noNotices':
    'Officials can no longer contact you and you no longer receive notices about this report. This cannot be undone.',
  'eraseContact.confirm': 'Yes, delete my contact details',
  'eraseContact.failed': 'Your contact details could not be deleted.',
  'eraseContact.done': 'Your contact details have been deleted from this report.',
  'eraseContact.nothing': 'This report no longer holds your contact details.',
  'eraseContact.done.keep': 'You can still follow this report with the tracking code and PIN.',
};
