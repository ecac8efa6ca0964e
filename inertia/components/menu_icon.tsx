import {
  IconAdjustments,
  IconAppWindow,
  IconBuildingHospital,
  IconClipboardList,
  IconCreditCard,
  IconHistory,
  IconLayoutDashboard,
  IconLifebuoy,
  IconMessages,
  IconPuzzle,
  IconSitemap,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  IconWorldWww,
  IconAddressBook,
  IconCalendar,
  IconCalendarEvent,
  IconClockHour4,
  IconMail,
  IconMessage2,
  IconSpeakerphone,
  IconUsersPlus,
  IconPoint,
} from '@tabler/icons-react'

/** Menu entries name their icon; this is the one place that maps names to components */
const ICONS = {
  IconAdjustments,
  IconAppWindow,
  IconBuildingHospital,
  IconClipboardList,
  IconCreditCard,
  IconHistory,
  IconLayoutDashboard,
  IconLifebuoy,
  IconMessages,
  IconPuzzle,
  IconSitemap,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  IconWorldWww,
  IconAddressBook,
  IconCalendar,
  IconCalendarEvent,
  IconClockHour4,
  IconMail,
  IconMessage2,
  IconSpeakerphone,
  IconUsersPlus,
}

export default function MenuIcon({ name }: { name: string }) {
  const Icon = ICONS[name as keyof typeof ICONS] ?? IconPoint
  return <Icon size={18} stroke={1.6} aria-hidden />
}
